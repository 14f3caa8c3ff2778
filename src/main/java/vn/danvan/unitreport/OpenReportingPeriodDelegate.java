package vn.danvan.unitreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.web.InvalidInputException;

/**
 * Opens the period the start form (or REST) names and requests a report from every unit that reports;
 * the multi-instance call activity that follows starts one filing per unit.
 */
@Component("openReportingPeriodDelegate")
class OpenReportingPeriodDelegate implements JavaDelegate {

    private final UnitReports reports;
    private final UnitReportAccess access;

    OpenReportingPeriodDelegate(UnitReports reports, UnitReportAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(UnitReportProcess.PERIOD, UnitReportSteps.string(execution, UnitReportProcess.PERIOD));
        } catch (InvalidInputException e) {
            throw new StepRejectedException(e.reason());
        }
        if (!reports.open(period, access.reportingUnits(), UnitReportSteps.actor())) {
            throw new StepRejectedException("Kỳ báo cáo " + period.id() + " đã được mở / the period exists already");
        }
        execution.setProcessBusinessKey(period.id());
        execution.setVariable(UnitReportProcess.PERIOD_ID, period.id());
    }
}
