package vn.danvan.consistency;

import java.time.Instant;
import java.util.List;

/**
 * The answer of a check.
 *
 * @param checkedAt  when it ran (the application's clock)
 * @param checked    how many cases it looked at
 * @param violations what disagrees, invariant by invariant
 */
public record ConsistencyReport(Instant checkedAt, long checked, List<Violation> violations) {

    public boolean holds() {
        return violations.isEmpty();
    }
}
