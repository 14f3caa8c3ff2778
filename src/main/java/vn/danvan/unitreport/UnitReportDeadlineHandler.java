package vn.danvan.unitreport;

import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineNotes;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.calendar.StepTiming;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.organization.UnitDirectory;

/**
 * A unit's report is due: reminded ({@code reminded}); late ({@code overdue} LATE), the body above the
 * unit in its line urges it (a commune's Women's Union: the district's); very late (VERY_LATE), the
 * Party committee that leads the unit follows up.
 */
@Component
class UnitReportDeadlineHandler implements DeadlineHandler {

    private static final DeadlineNotes NOTES = new DeadlineNotes("báo cáo chỉ tiêu",
            "Quá hạn báo cáo (hạn %s)", "Quá hạn báo cáo nghiêm trọng (hạn %s); cấp ủy chỉ đạo");

    private final UnitReportDeadlines deadlines;
    private final UnitReports reports;
    private final UnitDirectory units;

    UnitReportDeadlineHandler(UnitReportDeadlines deadlines, UnitReports reports, UnitDirectory units) {
        this.deadlines = deadlines;
        this.reports = reports;
        this.units = units;
    }

    @Override
    public StepTiming timing() {
        return StepTiming.of(UnitReportDeadlines.KIND, UnitReportDeadlines.STAGE,
                (execution, stage) -> deadlines.clock(execution));
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = NOTES.reminder(watch);
        reports.timed(watch.subjectId(), EventType.UNIT_REPORT_REMINDED, null, note);
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String followedUpBy = level == 1 ? units.above(watch.unitCode(), 1)
                : units.leadingCommittee(watch.unitCode()).code();
        reports.timed(watch.subjectId(), EventType.UNIT_REPORT_OVERDUE, Lateness.escalated(level),
                NOTES.escalation(watch, level, followedUpBy));
        return followedUpBy;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        reports.rescheduled(watch.subjectId(), watch.dueAt(), reason);
    }
}
