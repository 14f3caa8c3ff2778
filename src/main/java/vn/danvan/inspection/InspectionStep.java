package vn.danvan.inspection;

/** A change of an inspection that its owner records on the case's or campaign's timeline, with its event. */
public enum InspectionStep {
    /** the commission was given the matter */
    STARTED,
    /** the commission finished verifying */
    VERIFIED,
    /** the commission concluded, proposing a form of discipline or not */
    CONCLUDED,
    /** the standing committee decided on the proposed discipline */
    DISCIPLINE_DECIDED
}
