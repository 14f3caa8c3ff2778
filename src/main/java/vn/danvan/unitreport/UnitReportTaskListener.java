package vn.danvan.unitreport;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;

/**
 * On the unit's and the commission's tasks: a name that says which unit and period; for the unit's
 * timed task its due date and watch; on completion the figures checked (the same check as REST, so a
 * figure out of range is refused in Tasklist with the reason) and recorded, or the review recorded.
 */
@Component("unitReportTaskListener")
class UnitReportTaskListener implements TaskListener {

    private final UnitReports reports;
    private final UnitReportDeadlines deadlines;

    UnitReportTaskListener(UnitReports reports, UnitReportDeadlines deadlines) {
        this.reports = reports;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                task.setName(task.getName() + " · " + UnitReportSteps.string(task, UnitReportFilingProcess.UNIT_NAME)
                        + " · " + UnitReportSteps.string(task, UnitReportFilingProcess.PERIOD_ID));
                deadlines.taskCreated(task);
            }
            case EVENTNAME_COMPLETE -> {
                if (UnitReportFilingProcess.TASK_SUBMIT.equals(task.getTaskDefinitionKey())) {
                    submit(task);
                } else {
                    review(task);
                }
                deadlines.taskEnded(task);
            }
            default -> deadlines.taskEnded(task);
        }
    }

    private void submit(DelegateTask task) {
        String reportId = UnitReportSteps.reportId(task);
        reports.refusal(UnitReportSteps.string(task, UnitReportFilingProcess.PERIOD_ID)).ifPresent(reason -> {
            throw new StepRejectedException(reason);
        });
        ReportFigures figures = ReportFigures.of(task.getVariables());
        var problems = figures.problems();
        if (!problems.isEmpty()) {
            throw new StepRejectedException("Số liệu chưa hợp lệ: " + problems.stream()
                    .map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
        }
        reports.submitted(reportId, figures, UnitReportSteps.actor());
    }

    private void review(DelegateTask task) {
        String decision = UnitReportSteps.string(task, UnitReportFilingProcess.REVIEW_DECISION);
        String reportId = UnitReportSteps.reportId(task);
        if (UnitReportFilingProcess.ACCEPT.equals(decision)) {
            reports.accepted(reportId, UnitReportSteps.actor());
            task.setVariable(UnitReportFilingProcess.RETURN_REASON, null);
        } else if (UnitReportFilingProcess.RETURN.equals(decision)) {
            String reason = UnitReportSteps.string(task, UnitReportFilingProcess.RETURN_REASON);
            if (reason == null) {
                throw new StepRejectedException("Trả lại báo cáo phải ghi rõ lý do / a returned report needs a reason");
            }
            reports.returned(reportId, reason, UnitReportSteps.actor());
        } else {
            throw new StepRejectedException("Chọn chấp nhận hoặc trả lại báo cáo / choose ACCEPT or RETURN");
        }
    }
}
