package vn.danvan.unitreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every unit's report of the period was accepted: the period is complete. */
@Component("completeReportingPeriodDelegate")
class CompleteReportingPeriodDelegate implements JavaDelegate {

    private final UnitReports reports;

    CompleteReportingPeriodDelegate(UnitReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.completed(UnitReportSteps.string(execution, UnitReportProcess.PERIOD_ID));
    }
}
