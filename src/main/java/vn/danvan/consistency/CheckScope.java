package vn.danvan.consistency;

import java.time.Duration;
import java.time.Instant;

/**
 * What a check looks at.
 *
 * @param since   only subjects changed at or after this moment (null: all)
 * @param caseId  only this case (null: all)
 * @param now     the application's clock (the engine's, which tests move), for timers and windows
 * @param settled records changed after this moment are still settling (events in flight, a
 *                hand-off between levels not yet consumed): the invariants that hold only once
 *                the consumers have caught up skip them. Null: nothing is in flight (the caller
 *                has waited for the consumers).
 */
public record CheckScope(Instant since, String caseId, Instant now, Instant settled) {

    /** How long a hand-off or an event may take before a disagreement counts. */
    public static final Duration SETTLING = Duration.ofMinutes(2);

    /** Everything, as the nightly run sees it: what changed in the last minutes is left for the next run. */
    public static CheckScope all(Instant now) {
        return new CheckScope(null, null, now, now.minus(SETTLING));
    }

    /** What changed since a moment, the caller having waited for the consumers (tests). */
    public static CheckScope changedSince(Instant since, Instant now) {
        return new CheckScope(since, null, now, null);
    }

    /** Everything, the caller having waited for the consumers (the fault suite after a scenario settled). */
    public static CheckScope everythingSettled(Instant now) {
        return new CheckScope(null, null, now, null);
    }

    public static CheckScope oneCase(String caseId, Instant now) {
        return new CheckScope(null, caseId, now, now.minus(SETTLING));
    }

    /** Whether a record changed at this moment counts for the invariants that need settled records. */
    boolean isSettled(Instant changedAt) {
        return settled == null || changedAt == null || !changedAt.isAfter(settled);
    }
}
