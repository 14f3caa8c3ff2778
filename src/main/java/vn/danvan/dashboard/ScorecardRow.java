package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One II.2.2 target of the resolution for one unit (or {@link Scorecard#DISTRICT} for the district as a
 * whole) in one year: the figure, the goal it is judged against, whether it is met and where the figure
 * comes from ({@code source} is {@code COMPUTED:<what>} for figures counted from cases, campaigns or
 * conferences, {@code REPORTED:<period>} for figures a unit reported, then with who and when).
 *
 * @param target     a stable code per target (see docs/reporting.md, "Scorecard targets")
 * @param unitCode   the unit, or {@code DISTRICT} for the district-wide row
 * @param value      the figure (a percentage 0-100 or a count, as the target measures); null when nothing is known
 * @param goal       the figure the target asks for
 * @param met        whether {@code value} reaches {@code goal}
 * @param source     where the figure comes from
 * @param reportedBy the officer who reported it, for reported figures
 * @param reportedAt when it was reported, for reported figures
 */
public record ScorecardRow(String target, String unitCode, BigDecimal value, BigDecimal goal, boolean met,
        String source, String reportedBy, Instant reportedAt) {
}
