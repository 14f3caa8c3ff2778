package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/** Who acts in a process step, and the plain text of a form field. */
final class Actors {

    static final String SYSTEM = StepSupport.SYSTEM;

    private Actors() {
    }

    /** The officer whose action runs this step (Tasklist, REST), or "system" for timers. */
    static String current() {
        return StepSupport.actor();
    }

    static String string(VariableScope scope, String name) {
        return StepSupport.string(scope, name);
    }

    static String required(VariableScope scope, String name, String labelVi) {
        String value = string(scope, name);
        if (value == null) {
            throw new StepRejectedException("Thiếu " + labelVi);
        }
        return value;
    }
}
