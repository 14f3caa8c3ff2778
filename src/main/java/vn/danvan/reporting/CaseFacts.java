package vn.danvan.reporting;

import java.time.Instant;

/**
 * What a report needs to know of one case: its kind and the first time each step happened, as its
 * timeline recorded them. A report asks these dates against its period, so a past period's report
 * says what was true at its end, whenever it is printed.
 *
 * @param type the case type (COMPLAINT, DENUNCIATION, RECOMMENDATION, FEEDBACK), UNCLASSIFIED until classified
 * @param secondInstance a second-instance complaint (Complaints Law 2011, art. 33-41)
 * @param partyMember a denunciation about a Party member
 * @param duplicate closed as a duplicate of another case
 * @param atReceptionDay taken at a leader's reception day (the reception register names it)
 * @param firstEscalation when the case first went past a legal deadline (the timeline's {@code escalated})
 */
record CaseFacts(String caseId, String type, String channel, String outcome, boolean secondInstance,
        boolean partyMember, boolean duplicate, boolean atReceptionDay, Instant receivedAt, Instant classifiedAt, Instant acceptedAt,
        Instant resolvedAt, Instant returnedAt, Instant closedAt, Instant firstEscalation) {

    static final String UNCLASSIFIED = "UNCLASSIFIED";

    /** Processed (xử lý đơn): classified, sent to the unit with authority, or closed as a duplicate. */
    Instant processedAt() {
        return earliest(earliest(classifiedAt, returnedAt), duplicate ? closedAt : null);
    }

    /** Resolved without having gone past a deadline before the resolution: the dashboard's "on time". */
    boolean resolvedOnTime() {
        return resolvedAt != null && (firstEscalation == null || !firstEscalation.isBefore(resolvedAt));
    }

    boolean lateBy(Instant moment) {
        return firstEscalation != null && firstEscalation.isBefore(moment);
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
