package vn.danvan.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** Closes the inspection and sends its outcome back to the case or campaign it came from. */
@Component("reportInspectionOutcomeDelegate")
class ReportInspectionOutcomeDelegate implements JavaDelegate {

    private final PartyInspections inspections;

    ReportInspectionOutcomeDelegate(PartyInspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.finished(StepSupport.string(execution, PartyInspectionProcess.INSPECTION_ID), StepSupport.actor());
    }
}
