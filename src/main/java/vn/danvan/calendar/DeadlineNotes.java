package vn.danvan.calendar;

import vn.danvan.platform.engine.StepSupport;

/**
 * The officers' notes of a timed step, stated once by its handler: the reminder reads
 * "Sắp đến hạn {step}: {due date}" for every step; the two escalations are the step's own sentences,
 * {@code late} for level 1 and {@code veryLate} for level 2, in which the first {@code %s} is the due
 * date and a second one, where a sentence has it, the unit that follows the step up.
 */
public record DeadlineNotes(String step, String late, String veryLate) {

    /** The note of the reminder, for the task and the record. */
    public String reminder(DeadlineWatch watch) {
        return "Sắp đến hạn " + step + ": " + StepSupport.shown(watch.dueAt());
    }

    /** The note of an escalation of this level (1: late, 2: very late). */
    public String escalation(DeadlineWatch watch, int level, String followedUpBy) {
        return (level == 1 ? late : veryLate).formatted(StepSupport.shown(watch.dueAt()), followedUpBy);
    }
}
