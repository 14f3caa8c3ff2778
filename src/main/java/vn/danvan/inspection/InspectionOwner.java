package vn.danvan.inspection;

/**
 * The module whose record an inspection came from (a case, a campaign) keeps its timeline and
 * publishes its events on its own topic: this port is how the inspection tells it. The petition and
 * supervision modules implement it; each call comes inside the engine's transaction.
 */
public interface InspectionOwner {

    /** CASE or CAMPAIGN: the {@link PartyInspection#subjectType()} this owner answers for. */
    String subjectType();

    /** Whether a new inspection may start for the subject, or why not (in Vietnamese, for the officer). */
    void checkMayStart(String subjectId);

    /** A step happened: record it on the subject's timeline with its event. */
    void recorded(PartyInspection inspection, InspectionStep step, String actor);

    /** The step now due nears its date. */
    void reminded(PartyInspection inspection, String note);

    /** The step now due is late (level 1) or very late (2); {@code followedUpBy} gets the follow-up task. */
    void escalated(PartyInspection inspection, int level, String followedUpBy, String note);

    /** The inspection is over: the outcome goes back to the subject (and wakes its process, if it waits). */
    void finished(PartyInspection inspection, String actor);
}
