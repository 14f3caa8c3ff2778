package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.PetitionCommuneProcess.Handling;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * Checks what the form cannot (that the original of a duplicate and the unit of a return exist)
 * before the decide-handling task completes, so that a typo is refused in Tasklist instead of
 * failing a later step. A local handling is the commune's acceptance of the case.
 */
@Component("handlingDecisionListener")
class HandlingDecisionListener implements TaskListener {

    private final PetitionCases cases;
    private final UnitDirectory units;
    private final CaseDecisions decisions;

    HandlingDecisionListener(PetitionCases cases, UnitDirectory units, CaseDecisions decisions) {
        this.cases = cases;
        this.units = units;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        Handling handling = handling(StepSupport.string(task, PetitionCommuneProcess.HANDLING));
        checkAgainstTable(task, caseId, handling);
        switch (handling) {
            case LOCAL -> decisions.startLocalHandling(caseId,
                    StepSupport.string(task, PetitionCommuneProcess.DECISION_NOTE),
                    StepSupport.actor());
            case FORWARD -> require(StepSupport.string(task, CaseVariables.FORWARD_REASON),
                    "Cần nêu lý do chuyển lên huyện.");
            case DUPLICATE -> checkOriginal(caseId, StepSupport.string(task, PetitionCommuneProcess.DUPLICATE_OF));
            case WRONG_UNIT -> checkUnit(StepSupport.string(task, CaseVariables.UNIT_CODE),
                    StepSupport.string(task, PetitionCommuneProcess.CORRECT_UNIT));
        }
    }

    /**
     * The routing table suggests handling at the commune or forwarding (its level, read by the routing
     * step into {@code suggestedHandling}); choosing the other needs a reason, which the timeline keeps.
     */
    private void checkAgainstTable(DelegateTask task, String caseId, Handling handling) {
        String suggested = StepSupport.string(task, PetitionCommuneProcess.SUGGESTED_HANDLING);
        if (suggested == null || handling != Handling.LOCAL && handling != Handling.FORWARD
                || handling.name().equals(suggested)) {
            return;
        }
        String reason = require(StepSupport.string(task, PetitionCommuneProcess.ROUTING_DEVIATION_REASON),
                "Cần nêu lý do xử lý khác đề xuất của bảng định tuyến (" + PetitionCommuneProcess.ROUTING_DEVIATION_REASON
                        + ").");
        decisions.routedAgainstTable(caseId, suggested, handling.name(),
                StepSupport.string(task, CaseVariables.ROUTING_NOTE),
                reason, StepSupport.actor());
    }

    private static Handling handling(String value) {
        try {
            return Handling.valueOf(require(value, "Cần chọn hướng xử lý."));
        } catch (IllegalArgumentException e) {
            throw new StepRejectedException("Hướng xử lý không hợp lệ: " + value);
        }
    }

    private void checkOriginal(String caseId, String originalId) {
        require(originalId, "Cần nhập mã hồ sơ gốc.");
        if (originalId.equals(caseId)) {
            throw new StepRejectedException("Hồ sơ gốc phải là một hồ sơ khác hồ sơ này.");
        }
        if (cases.find(originalId).isEmpty()) {
            throw new StepRejectedException("Không tìm thấy hồ sơ gốc " + originalId + ".");
        }
    }

    private void checkUnit(String ownUnit, String unitCode) {
        require(unitCode, "Cần nhập mã đơn vị có thẩm quyền.");
        Unit unit = units.find(unitCode)
                .orElseThrow(() -> new StepRejectedException("Không có đơn vị mã " + unitCode + "."));
        if (unit.code().equals(ownUnit)) {
            throw new StepRejectedException("Đơn vị có thẩm quyền phải khác đơn vị đang xử lý.");
        }
        if (!unit.kind().handlesPetitions()) {
            throw new StepRejectedException("Chỉ chuyển đơn cho chính quyền cấp xã hoặc cơ quan tiếp công dân; "
                    + unit.name() + " không giải quyết đơn. Việc thuộc thẩm quyền cấp ủy thì chuyển lên cấp trên.");
        }
    }

    private static String require(String value, String messageVi) {
        if (value == null) {
            throw new StepRejectedException(messageVi);
        }
        return value;
    }
}
