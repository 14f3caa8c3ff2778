package vn.danvan.petition;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.petition.PetitionDistrictProcess.Acceptance;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * The district's decision to accept (thụ lý) or refuse a forwarded case. An acceptance is recorded
 * here; a refusal needs its reason, and the refuse step sends the case back.
 */
@Component("acceptanceListener")
class AcceptanceListener implements TaskListener {

    private final CaseDecisions decisions;
    private final IdentityService identityService;

    AcceptanceListener(CaseDecisions decisions, IdentityService identityService) {
        this.decisions = decisions;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String acceptance = StepSupport.string(task, PetitionDistrictProcess.ACCEPTANCE);
        if (Acceptance.REFUSE.name().equals(acceptance)) {
            if (StepSupport.string(task, PetitionDistrictProcess.REFUSAL_REASON) == null) {
                throw new StepRejectedException("Cần nêu lý do không thụ lý.");
            }
            return;
        }
        if (!Acceptance.ACCEPT.name().equals(acceptance)) {
            throw new StepRejectedException("Cần chọn thụ lý hoặc không thụ lý.");
        }
        String handler = StepSupport.string(task, PetitionDistrictProcess.HANDLER);
        if (handler != null && identityService.createUserQuery().userId(handler).count() == 0) {
            throw new StepRejectedException("Không có cán bộ với tên đăng nhập " + handler + ".");
        }
        task.setVariable(PetitionDistrictProcess.HANDLER, handler);
        decisions.accept(CaseVariables.caseId(task), handler, StepSupport.actor());
    }
}
