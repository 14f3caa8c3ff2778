package vn.danvan.calendar;

/**
 * What a deadline is for: a step of a case (or of a commitment, a recommendation), with the inputs
 * the rule table needs.
 *
 * @param kind      which {@link DeadlineHandler} acts on reminders and escalations ("petition", ...)
 * @param subjectId case id (conference, campaign item id)
 * @param stage     CLASSIFY, ACCEPT, RESOLVE, ANSWER, DIRECT (rows of the rule table)
 * @param unitCode  the unit that must act
 * @param label     what officers read in follow-up tasks (the case's subject)
 */
public record DeadlineSubject(String kind, String subjectId, String stage, String unitCode, String caseType,
        String complexity, boolean remoteArea, String label) {
}
