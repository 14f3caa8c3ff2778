package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts in a process step, and the plain text of a form field. */
final class Actors {

    static final String SYSTEM = "system";

    private Actors() {
    }

    /** The officer whose action runs this step (Tasklist, REST), or "system" for timers. */
    static String current() {
        if (Context.getCommandContext() == null) {
            return SYSTEM;
        }
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }

    static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    static String required(VariableScope scope, String name, String labelVi) {
        String value = string(scope, name);
        if (value == null) {
            throw new DialogueStepRejectedException("Thiếu " + labelVi);
        }
        return value;
    }
}
