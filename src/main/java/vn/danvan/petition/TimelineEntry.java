package vn.danvan.petition;

import java.time.Instant;

/**
 * One change in a case's life: what happened, at which level and unit, by whom.
 *
 * @param eventId the {@code ce_id} of the change's {@code vn.danvan.case.*} event, if it had one
 */
public record TimelineEntry(int sequence, Instant at, String action, String level, String unitCode, String actor,
        String note, String eventId) {
}
