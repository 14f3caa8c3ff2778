package vn.danvan.calendar;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a {@link DeadlineHandler} times, stated once: its kind (the key of its watches), the stages of
 * its steps (rows of the rule table) and how the clock of one of them is read when its task is about
 * to start. The calendar asks for it once, when it starts.
 */
public record StepTiming(String kind, Set<String> stages, Clock clock) {

    public StepTiming {
        stages = Set.copyOf(stages);
    }

    /** A handler that times one stage. */
    public static StepTiming of(String kind, String stage, Clock clock) {
        return new StepTiming(kind, Set.of(stage), clock);
    }

    /**
     * The step a timed task is about to start, read from the execution that enters it (its variables
     * and records): what it is about and when its clock started. Called once per task, before its
     * timers are set and before its task exists.
     */
    @FunctionalInterface
    public interface Clock {
        StepClock of(DelegateExecution execution, String stage);
    }
}
