package vn.danvan.dashboard;

import java.util.List;

/**
 * The whole II.2.2 scorecard of the resolution for a year, every target per unit and district-wide,
 * for other modules (the yearly report). All units, no access filter: the caller applies access.
 */
public interface Scorecard {

    /** The unit code of the district-wide rows. */
    String DISTRICT = "DISTRICT";

    /** One row per target and unit, then the district-wide rows, ordered by target then unit. */
    List<ScorecardRow> rows(int year);
}
