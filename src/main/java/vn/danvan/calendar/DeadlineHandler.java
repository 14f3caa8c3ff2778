package vn.danvan.calendar;

/**
 * What a feature module does when a watched step of its kind nears or passes its due date. The
 * calendar module calls the handler whose {@link #kind()} matches, inside the timer's transaction.
 */
public interface DeadlineHandler {

    String kind();

    /** The reminder share of the time has passed: tell the unit that must act. */
    void reminded(DeadlineWatch watch);

    /**
     * The step is late (level 1) or very late (level 2): flag it and name the unit that gets a
     * follow-up task. The handler of the step keeps it.
     *
     * @return the code of the unit whose officers follow the late step up
     */
    String escalated(DeadlineWatch watch, int level);

    /** The step's dates changed because the calendar changed (or an extension was granted). */
    void rescheduled(DeadlineWatch watch, String reason);
}
