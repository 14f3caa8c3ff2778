package vn.danvan.supervision;

import java.time.Instant;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.record.Column;

/** The columns of {@code supervision_campaign} that a {@link CampaignChange} sets, with the types of their values. */
final class CampaignColumns {

    static final Column<CampaignStatus> STATUS = Column.enumerated("status", CampaignStatus.class);
    static final Column<String> DECISION_NUMBER = Column.text("decision_number");
    static final Column<String> TEAM_LEADER = Column.text("team_leader");
    static final Column<String> PLAN_SUMMARY = Column.text("plan_summary");
    static final Column<String> NOTICE_NUMBER = Column.text("notice_number");
    static final Column<Instant> SELF_REPORT_DUE_AT = Column.instant("self_report_due_at");
    static final Column<String> SELF_REPORT = Column.text("self_report");
    static final Column<Lateness> LATE_STATE = Column.enumerated("late_state", Lateness.class);
    static final Column<String> FIELD_WORK_NOTES = Column.text("field_work_notes");
    static final Column<String> DRAFT_COMMENTS = Column.text("draft_comments");
    static final Column<String> REPORT_NUMBER = Column.text("report_number");
    static final Column<String> FINDINGS = Column.text("findings");
    static final Column<Instant> CLOSED_AT = Column.instant("closed_at");

    private CampaignColumns() {
    }
}
