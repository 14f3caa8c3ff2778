package vn.danvan.calendar;

/**
 * What a feature module says about its timed steps, and does when one nears or passes its due date.
 * A timed step is a user task whose BPMN names its stage ({@code camunda:property deadlineStage})
 * and carries the three boundary timers of the calendar ({@link DeadlineTimers}); the calendar calls
 * the handler whose {@link StepTiming#stages()} hold that stage, inside the engine's transaction.
 */
public interface DeadlineHandler {

    /** Its kind, the stages of its steps and how their clocks are read; asked once, when the calendar starts. */
    StepTiming timing();

    /**
     * The reminder share of the time has passed: record it and tell the unit that must act.
     *
     * @return the note for the officer's task; the calendar puts it on the task as a comment and
     *     raises the task's priority, so the step rises in Tasklist
     */
    String reminded(DeadlineWatch watch);

    /**
     * The step is late (level 1) or very late (level 2): flag it and name the unit that gets a
     * follow-up task. The handler of the step keeps it.
     *
     * @return the code of the unit whose officers follow the late step up
     */
    String escalated(DeadlineWatch watch, int level);

    /**
     * The step's dates changed because the calendar changed: record it. The calendar has already
     * moved the timers and moves the task's due date.
     */
    void rescheduled(DeadlineWatch watch, String reason);
}
