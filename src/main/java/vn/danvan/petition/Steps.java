package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;

/** Small helpers shared by the petition processes' delegates and listeners. */
final class Steps {

    static final String SYSTEM = "system";

    private Steps() {
    }

    /** The officer whose action runs this step (Tasklist, REST), or "system" for intake and timers. */
    static String actor() {
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

    static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm dd/MM/yyyy").withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A date as officers read it: Vietnam's time, day first. */
    static String shown(java.time.Instant instant) {
        return SHOWN.format(instant);
    }

    static String caseId(VariableScope scope) {
        return (String) scope.getVariable(CaseVariables.CASE_ID);
    }
}
