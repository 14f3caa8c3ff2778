package vn.danvan.platform.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** What every module's delegates and listeners need from a process step: who acts, and plain values. */
public final class StepSupport {

    /** The actor of steps no officer triggers: timers, intake from other systems. */
    public static final String SYSTEM = "system";
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);

    /** The longest task name set: the engine's column holds 255 characters. */
    public static final int MAX_TASK_NAME = 250;

    private StepSupport() {
    }

    /** Names a task, cut to {@link #MAX_TASK_NAME} with an ellipsis (a long subject or list of themes would not fit). */
    public static void name(DelegateTask task, String name) {
        task.setName(name.length() > MAX_TASK_NAME ? name.substring(0, MAX_TASK_NAME - 1) + "…" : name);
    }

    /** The officer whose action runs this step (Tasklist, REST), or {@link #SYSTEM}. */
    public static String actor() {
        if (Context.getCommandContext() == null) {
            return SYSTEM;
        }
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }

    /** A variable as trimmed text; blank is null (forms send "" for an empty field). */
    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** A form field that the step cannot go on without: its trimmed text, or the step is refused naming it. */
    public static String required(VariableScope scope, String name, String labelVi) {
        String value = string(scope, name);
        if (value == null) {
            throw new StepRejectedException("Thiếu " + labelVi);
        }
        return value;
    }

    public static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    /** A number from a form: Camunda Forms send numbers as Long or Double, selects as String. */
    public static Integer integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.intValue();
        }
        String text = string(scope, name);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date as officers read it: Vietnam's time, day first. */
    public static String shown(Instant instant) {
        return SHOWN.format(instant);
    }
}
