package vn.danvan.supervision;

import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineNotes;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.calendar.StepTiming;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepSupport;

/**
 * The supervised body's self-report is due: reminded ({@code reminded}), then late ({@code overdue},
 * the unit urges the body), then very late (the committee follows up).
 */
@Component
class SelfReportDeadlineHandler implements DeadlineHandler {

    /** Late or very late, the record says the same: the body has not sent it. */
    private static final String NOT_SENT = "Đối tượng giám sát chưa gửi báo cáo tự kiểm tra (hạn %s)";
    private static final DeadlineNotes NOTES = new DeadlineNotes("báo cáo tự kiểm tra", NOT_SENT, NOT_SENT);

    private final SupervisionCampaigns campaigns;
    private final UnitDirectory units;
    private final SupervisionDeadlines deadlines;

    SelfReportDeadlineHandler(SupervisionCampaigns campaigns, UnitDirectory units, SupervisionDeadlines deadlines) {
        this.campaigns = campaigns;
        this.units = units;
        this.deadlines = deadlines;
    }

    @Override
    public StepTiming timing() {
        return StepTiming.of(SupervisionDeadlines.SELF_REPORT_KIND, SupervisionDeadlines.SELF_REPORT, deadlines::clock);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = NOTES.reminder(watch);
        campaigns.change(watch.subjectId(), EventType.SUPERVISION_REMINDED, StepSupport.SYSTEM,
                CampaignChange.of("reminded").due(watch.dueAt(), Lateness.ON_TIME).note(note));
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        Lateness late = Lateness.escalated(level);
        campaigns.change(watch.subjectId(), EventType.SUPERVISION_OVERDUE, StepSupport.SYSTEM,
                CampaignChange.of("overdue").set(CampaignColumns.LATE_STATE, late).due(watch.dueAt(), late)
                        .note(NOTES.escalation(watch, level, null)));
        return level == 1 ? watch.unitCode() : units.leadingCommittee(watch.unitCode()).code();
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        campaigns.change(watch.subjectId(), null, StepSupport.SYSTEM, CampaignChange.of("rescheduled")
                .set(CampaignColumns.SELF_REPORT_DUE_AT, watch.dueAt()).note(reason));
    }
}
