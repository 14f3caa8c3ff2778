package vn.danvan.criticism;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.danvan.platform.engine.StepSupport;

/** Small helpers shared by the criticism processes' delegates and listeners. */
final class CriticismSteps {

    static final String SYSTEM = StepSupport.SYSTEM;

    private CriticismSteps() {
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

    static String criticismId(VariableScope scope) {
        return (String) scope.getVariable(SocialCriticismProcess.CRITICISM_ID);
    }

    static String opinionId(VariableScope scope) {
        return (String) scope.getVariable(SocialCriticismOpinionProcess.OPINION_ID);
    }
}
