package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.inspection.PartyInspections;
import vn.danvan.platform.engine.StepSupport;

/**
 * A final report that names a finding about a Party member (field {@code partyMemberFinding}) sends it
 * to the committee's inspection commission, as {@code POST /api/supervisions/{id}/party-inspection}
 * does; runs after the report is recorded, so the campaign has its findings.
 */
@Component("findingInspectionListener")
class FindingInspectionListener implements TaskListener {

    static final String PARTY_MEMBER_FINDING = "partyMemberFinding";

    private final PartyInspections inspections;

    FindingInspectionListener(PartyInspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public void notify(DelegateTask task) {
        String finding = StepSupport.string(task, PARTY_MEMBER_FINDING);
        if (finding != null) {
            inspections.start(CampaignInspectionOwner.SUBJECT_TYPE, SupervisionCampaignProcess.campaignId(task),
                    StepSupport.string(task, SupervisionCampaignProcess.UNIT_CODE), finding, StepSupport.actor());
        }
    }
}
