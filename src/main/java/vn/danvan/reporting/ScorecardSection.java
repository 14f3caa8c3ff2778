package vn.danvan.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Caller;

/**
 * The resolution's scorecard (section II.2.2) for the yearly report, as the dashboard's scorecard
 * gives it: one line per target and unit. Empty while the dashboard offers no scorecard service; the
 * report then says the section is missing rather than print figures of its own.
 */
@Component
class ScorecardSection {

    /** Lines of the table (target, unit, value, goal, met, source), or empty when no scorecard is available. */
    Optional<List<Map<String, Object>>> lines(int year, Caller caller) {
        return Optional.empty();
    }
}
