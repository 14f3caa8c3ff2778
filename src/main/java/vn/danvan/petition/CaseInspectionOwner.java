package vn.danvan.petition;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.danvan.inspection.InspectionOwner;
import vn.danvan.inspection.InspectionStep;
import vn.danvan.inspection.PartyInspection;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * A case's side of its Party inspection: each step goes on the case's timeline with its
 * {@code vn.danvan.case.inspection-*} or {@code discipline-decided} event, reminders and lateness as
 * for the case's own steps, and the outcome wakes the committee's process, which then sends its
 * direction, with the outcome, back to the district.
 */
@Component
class CaseInspectionOwner implements InspectionOwner {

    static final String SUBJECT_TYPE = "CASE";

    private final PetitionCases cases;
    private final RuntimeService runtime;

    CaseInspectionOwner(PetitionCases cases, RuntimeService runtime) {
        this.cases = cases;
        this.runtime = runtime;
    }

    @Override
    public String subjectType() {
        return SUBJECT_TYPE;
    }

    @Override
    public void checkMayStart(String caseId) {
        if (!cases.get(caseId).denouncesPartyMember()) {
            throw new StepRejectedException("Chỉ giao Ủy ban Kiểm tra đối với đơn tố cáo đảng viên.");
        }
    }

    @Override
    public void recorded(PartyInspection inspection, InspectionStep step, String actor) {
        EventType type = switch (step) {
            case STARTED -> EventType.CASE_INSPECTION_STARTED;
            case VERIFIED -> EventType.CASE_INSPECTION_VERIFIED;
            case CONCLUDED -> EventType.CASE_INSPECTION_CONCLUDED;
            case DISCIPLINE_DECIDED -> EventType.CASE_DISCIPLINE_DECIDED;
        };
        String note = switch (step) {
            case STARTED -> "Ban Thường vụ giao Ủy ban Kiểm tra (" + inspection.commissionUnit() + ") xác minh, kết luận";
            case VERIFIED -> "Ủy ban Kiểm tra đã xác minh";
            case CONCLUDED, DISCIPLINE_DECIDED -> inspection.outcomeText();
        };
        cases.change(inspection.subjectId(), type, actor, CaseChange.keep().note(note));
    }

    @Override
    public void reminded(PartyInspection inspection, String note) {
        cases.change(inspection.subjectId(), EventType.CASE_REMINDED, StepSupport.SYSTEM, CaseChange.keep().note(note));
    }

    @Override
    public void escalated(PartyInspection inspection, int level, String followedUpBy, String note) {
        cases.change(inspection.subjectId(), EventType.CASE_ESCALATED, StepSupport.SYSTEM, CaseChange.keep()
                .set(CaseColumns.LATE_STATE, Lateness.escalated(level)).note(note));
    }

    @Override
    public void finished(PartyInspection inspection, String actor) {
        String caseId = inspection.subjectId();
        var waiting = runtime.createExecutionQuery().processInstanceBusinessKey(caseId)
                .messageEventSubscriptionName(PetitionCommitteeProcess.MESSAGE_INSPECTION_OUTCOME).list();
        if (waiting.isEmpty()) {
            return; // the committee's process moved on (a settled case): the timeline already has the outcome
        }
        String direction = (String) runtime.getVariable(waiting.get(0).getProcessInstanceId(),
                PetitionCommitteeProcess.COMMITTEE_DIRECTION);
        String withOutcome = (direction == null ? "" : direction + "\n") + "Kết quả kiểm tra đảng viên ("
                + inspection.inspectionId() + "): " + inspection.outcomeText();
        runtime.createMessageCorrelation(PetitionCommitteeProcess.MESSAGE_INSPECTION_OUTCOME).processInstanceBusinessKey(caseId)
                .setVariables(Map.of(PetitionCommitteeProcess.COMMITTEE_DIRECTION, withOutcome)).correlateWithResult();
    }
}
