package vn.danvan.supervision;

/** Where a campaign stands; the {@code status} of its events. */
public enum CampaignStatus {
    /** in the unit's annual programme, waiting for the committee's agreement */
    PLANNED,
    AGREED,
    /** the team was formed: the campaign has started */
    IN_PROGRESS,
    SELF_REPORTING,
    FIELD_WORK,
    DRAFT_REPORT,
    FINAL_REPORT,
    /** the final report was issued; its recommendations are being followed up */
    REPORTED,
    CLOSED,
    /** the committee did not agree to put it in the programme */
    NOT_AGREED;

    boolean counts() {
        return this != NOT_AGREED;
    }
}
