package vn.danvan.petition;

import java.time.Instant;

/** One change in a case's life: what happened, at which level and unit, by whom. */
public record TimelineEntry(int sequence, Instant at, String action, String level, String unitCode, String actor,
        String note) {
}
