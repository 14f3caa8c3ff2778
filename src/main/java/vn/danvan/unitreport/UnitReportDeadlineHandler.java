package vn.danvan.unitreport;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.calendar.StepClock;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.organization.UnitDirectory;

/**
 * A unit's report is due: reminded ({@code reminded}); late ({@code overdue} LATE), the body above the
 * unit in its line urges it (a commune's Women's Union: the district's); very late (VERY_LATE), the
 * Party committee that leads the unit follows up.
 */
@Component
class UnitReportDeadlineHandler implements DeadlineHandler {

    private final UnitReportDeadlines deadlines;
    private final UnitReports reports;
    private final UnitDirectory units;

    UnitReportDeadlineHandler(UnitReportDeadlines deadlines, UnitReports reports, UnitDirectory units) {
        this.deadlines = deadlines;
        this.reports = reports;
        this.units = units;
    }

    @Override
    public String kind() {
        return UnitReportDeadlines.KIND;
    }

    @Override
    public Set<String> stages() {
        return Set.of(UnitReportDeadlines.STAGE);
    }

    @Override
    public StepClock clock(DelegateExecution execution, String stage) {
        return deadlines.clock(execution);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = "Sắp đến hạn báo cáo chỉ tiêu: " + UnitReportSteps.shown(watch.dueAt());
        reports.timed(watch.subjectId(), EventType.UNIT_REPORT_REMINDED, null, note);
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String due = UnitReportSteps.shown(watch.dueAt());
        if (level > 1) {
            reports.timed(watch.subjectId(), EventType.UNIT_REPORT_OVERDUE, "VERY_LATE",
                    "Quá hạn báo cáo nghiêm trọng (hạn " + due + "); cấp ủy chỉ đạo");
            return units.leadingCommittee(watch.unitCode()).code();
        }
        reports.timed(watch.subjectId(), EventType.UNIT_REPORT_OVERDUE, "LATE", "Quá hạn báo cáo (hạn " + due + ")");
        return units.above(watch.unitCode(), 1);
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        reports.rescheduled(watch.subjectId(), watch.dueAt(), reason);
    }
}
