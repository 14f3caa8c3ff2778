package vn.danvan.supervision;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.inspection.InspectionOwner;
import vn.danvan.inspection.InspectionStep;
import vn.danvan.inspection.PartyInspection;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * A campaign's side of a Party inspection started from one of its findings: each step goes into the
 * campaign's history with its {@code vn.danvan.supervision.inspection-*} or {@code discipline-decided}
 * event, as do reminders and lateness; the outcome closes the history's account of it.
 */
@Component
class CampaignInspectionOwner implements InspectionOwner {

    static final String SUBJECT_TYPE = "CAMPAIGN";

    /** A finding exists once the team has been in the field (217-QĐ/TW: field work, report). */
    static final Set<CampaignStatus> WITH_FINDINGS = EnumSet.of(CampaignStatus.FIELD_WORK, CampaignStatus.DRAFT_REPORT,
            CampaignStatus.FINAL_REPORT, CampaignStatus.REPORTED, CampaignStatus.CLOSED);

    private final SupervisionCampaigns campaigns;

    CampaignInspectionOwner(SupervisionCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public String subjectType() {
        return SUBJECT_TYPE;
    }

    @Override
    public void checkMayStart(String campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        if (!WITH_FINDINGS.contains(campaign.status())) {
            throw new StepRejectedException("Cuộc giám sát chưa có kết quả khảo sát, làm việc thực tế (trạng thái "
                    + campaign.status() + "): chưa thể đề nghị Ủy ban Kiểm tra.");
        }
    }

    @Override
    public void recorded(PartyInspection inspection, InspectionStep step, String actor) {
        EventType type = switch (step) {
            case STARTED -> EventType.SUPERVISION_INSPECTION_STARTED;
            case VERIFIED -> EventType.SUPERVISION_INSPECTION_VERIFIED;
            case CONCLUDED -> EventType.SUPERVISION_INSPECTION_CONCLUDED;
            case DISCIPLINE_DECIDED -> EventType.SUPERVISION_DISCIPLINE_DECIDED;
        };
        String action = type.type().substring(type.type().lastIndexOf('.') + 1);
        String note = switch (step) {
            case STARTED -> "Đề nghị Ủy ban Kiểm tra (" + inspection.commissionUnit() + ") xem xét đảng viên có dấu hiệu vi phạm";
            case VERIFIED -> "Ủy ban Kiểm tra đã xác minh";
            case CONCLUDED, DISCIPLINE_DECIDED -> inspection.outcomeText();
        };
        campaigns.change(inspection.subjectId(), type, actor, CampaignChange.of(action).note(note));
    }

    @Override
    public void reminded(PartyInspection inspection, String note) {
        campaigns.change(inspection.subjectId(), EventType.SUPERVISION_REMINDED, StepSupport.SYSTEM,
                CampaignChange.of("reminded").note(note));
    }

    @Override
    public void escalated(PartyInspection inspection, int level, String followedUpBy, String note) {
        campaigns.change(inspection.subjectId(), EventType.SUPERVISION_OVERDUE, StepSupport.SYSTEM,
                CampaignChange.of("overdue").note(note));
    }

    @Override
    public void finished(PartyInspection inspection, String actor) {
        // no campaign step waits for it: the concluding step's event carried the outcome; the history closes it
        campaigns.change(inspection.subjectId(), null, actor, CampaignChange.of("inspection-closed")
                .note("Kết thúc kiểm tra " + inspection.inspectionId() + ": " + inspection.outcomeText()));
    }
}
