package vn.danvan.calendar;

import java.time.Instant;

/**
 * A timed step as its module states it when the step's task is entered: what it is about and when
 * its clock started, and for a step whose due date a decision fixed, that date and its basis.
 */
public record StepClock(DeadlineSubject subject, Instant anchor, Instant fixedDue, String fixedBasis) {

    /** A step whose due date the rule table and the working-day calendar give. */
    public static StepClock counted(DeadlineSubject subject, Instant anchor) {
        return new StepClock(subject, anchor, null, null);
    }

    /** A step whose due date a decision fixed (a commitment in a conference's conclusion). */
    public static StepClock fixed(DeadlineSubject subject, Instant anchor, Instant dueAt, String basis) {
        return new StepClock(subject, anchor, dueAt, basis);
    }
}
