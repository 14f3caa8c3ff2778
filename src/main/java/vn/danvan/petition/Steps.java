package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.danvan.platform.engine.StepSupport;

/** Small helpers shared by the petition processes' delegates and listeners. */
final class Steps {

    static final String SYSTEM = StepSupport.SYSTEM;

    private Steps() {
    }

    static String actor() {
        return StepSupport.actor();
    }

    static String string(VariableScope scope, String name) {
        return StepSupport.string(scope, name);
    }

    static boolean flag(VariableScope scope, String name) {
        return StepSupport.flag(scope, name);
    }

    static String shown(java.time.Instant instant) {
        return StepSupport.shown(instant);
    }

    static String caseId(VariableScope scope) {
        return (String) scope.getVariable(CaseVariables.CASE_ID);
    }
}
