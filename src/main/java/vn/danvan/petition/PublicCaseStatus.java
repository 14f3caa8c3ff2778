package vn.danvan.petition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** What a citizen learns from a tracking code: where the case stands and its dates, nothing personal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicCaseStatus(String status, String statusLabel, Instant receivedAt, Instant dueAt, Instant closedAt) {

    static PublicCaseStatus of(PetitionCase c) {
        return new PublicCaseStatus(c.status().name(), c.status().label(), c.receivedAt(), c.dueAt(), c.closedAt());
    }
}
