package vn.danvan.inspection;

/** Where an inspection stands. */
public enum InspectionStatus {
    VERIFYING, CONCLUDING, AWAITING_DECISION, CLOSED
}
