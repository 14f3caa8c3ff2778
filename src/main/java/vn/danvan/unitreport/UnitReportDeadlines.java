package vn.danvan.unitreport;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineSubject;
import vn.danvan.calendar.DeadlineWatches;
import vn.danvan.calendar.StepClock;

/**
 * The unit's report is the timed step (stage UNIT_REPORT, a row of the rule table): its clock starts
 * when the task appears, when the period opens and again when a returned report goes back to the unit.
 */
@Component
class UnitReportDeadlines {

    static final String STAGE = "UNIT_REPORT";
    static final String KIND = "unit-report";

    private final DeadlineWatches watches;
    private final UnitReports reports;

    UnitReportDeadlines(DeadlineWatches watches, UnitReports reports) {
        this.watches = watches;
        this.reports = reports;
    }

    StepClock clock(DelegateExecution execution) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String label = "Báo cáo chỉ tiêu " + UnitReportSteps.string(execution, UnitReportFilingProcess.PERIOD_ID)
                + " · " + UnitReportSteps.string(execution, UnitReportFilingProcess.UNIT_NAME);
        return StepClock.counted(new DeadlineSubject(KIND, UnitReportSteps.reportId(execution), STAGE,
                UnitReportSteps.string(execution, UnitReportFilingProcess.UNIT_CODE), null, null, false, label), now);
    }

    /** Records the watch of the unit's task, shows its due date in Tasklist and announces it. */
    void taskCreated(DelegateTask task) {
        watches.watchIfTimed(task).ifPresent(deadline ->
                reports.awaited(UnitReportSteps.reportId(task), deadline.dueAt(), UnitReportSteps.actor()));
    }

    void taskEnded(DelegateTask task) {
        watches.ended(task);
    }
}
