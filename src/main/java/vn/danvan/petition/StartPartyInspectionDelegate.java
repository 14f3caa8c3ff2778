package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.inspection.PartyInspections;
import vn.danvan.platform.engine.StepSupport;

/**
 * The standing committee gives a denunciation about a Party member to its inspection commission
 * (process {@code party-inspection}); the committee's process then waits for the outcome.
 */
@Component("startPartyInspectionDelegate")
class StartPartyInspectionDelegate implements JavaDelegate {

    private final PartyInspections inspections;

    StartPartyInspectionDelegate(PartyInspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String direction = StepSupport.string(execution, PetitionCommitteeProcess.COMMITTEE_DIRECTION);
        inspections.start(CaseInspectionOwner.SUBJECT_TYPE, CaseVariables.caseId(execution),
                StepSupport.string(execution, CaseVariables.UNIT_CODE),
                direction == null ? "Ban Thường vụ giao xác minh, kết luận nội dung tố cáo đảng viên" : direction,
                StepSupport.actor());
    }
}
