package vn.danvan.unitreport;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.danvan.platform.engine.StepSupport;

/** Small helpers shared by the unit-report processes' delegates and listeners. */
final class UnitReportSteps {

    static final String SYSTEM = StepSupport.SYSTEM;

    private UnitReportSteps() {
    }

    static String actor() {
        return StepSupport.actor();
    }

    static String string(VariableScope scope, String name) {
        return StepSupport.string(scope, name);
    }

    static String shown(Instant instant) {
        return StepSupport.shown(instant);
    }

    static String reportId(VariableScope scope) {
        return (String) scope.getVariable(UnitReportFilingProcess.REPORT_ID);
    }
}
