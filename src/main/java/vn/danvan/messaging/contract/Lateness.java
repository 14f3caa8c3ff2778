package vn.danvan.messaging.contract;

/**
 * How late a timed step is: the {@code lateState} of the events and of the records that own a due
 * date. Tables keep it as text (its name); events carry its name.
 */
public enum Lateness {

    /** Not past the due date (also after an extension or a new step). */
    ON_TIME,
    /** Past the due date: the first escalation. */
    LATE,
    /** Past the second threshold: the second escalation. */
    VERY_LATE;

    /** The lateness an escalation of this level (1: at the due date, 2: very late) declares. */
    public static Lateness escalated(int level) {
        return level == 1 ? LATE : VERY_LATE;
    }

    /** Reads a stored or published name; null stays null (a step that was never timed). */
    public static Lateness of(String name) {
        return name == null ? null : valueOf(name);
    }

    /** The name as stored and published, or null. */
    public static String nameOf(Lateness lateness) {
        return lateness == null ? null : lateness.name();
    }

    public boolean isLate() {
        return this != ON_TIME;
    }

    /** Whether a text (a stored or published state, or any other word) names LATE or VERY_LATE. */
    public static boolean isLate(String name) {
        return LATE.name().equals(name) || VERY_LATE.name().equals(name);
    }
}
