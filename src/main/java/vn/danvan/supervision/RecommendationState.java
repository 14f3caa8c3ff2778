package vn.danvan.supervision;

/** Where a recommendation stands. */
public enum RecommendationState {
    AWAITING_ANSWER,
    ANSWERED,
    /** the unit judged the answer satisfactory */
    RESOLVED,
    /** unanswered in time or answered unsatisfactorily: with the Party committee */
    ESCALATED,
    /** the committee ordered a new campaign on it */
    RESUPERVISED,
    /** the committee closed it without a satisfactory answer */
    CLOSED;

    boolean settled() {
        return this == RESOLVED || this == RESUPERVISED || this == CLOSED;
    }
}
