package vn.danvan.petition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What a citizen learns from a tracking code: where the case stands, its steps and dates, how it
 * ended, and what they may still do (rate it, disagree). Nothing personal, no officer's note.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicCaseStatus(String trackingCode, String status, String statusLabel, String unitName, Instant receivedAt,
        Instant dueAt, Instant closedAt, String outcomeLabel, List<CitizenSteps.Step> steps, Integer rating,
        boolean canRate, boolean canDisagree, boolean disputed) {

    static PublicCaseStatus of(PetitionCase c, String unitName, List<TimelineEntry> timeline) {
        return new PublicCaseStatus(c.trackingCode(), c.status().name(), c.status().label(), unitName, c.receivedAt(),
                c.status().isOpen() ? c.dueAt() : null, c.closedAt(),
                c.outcome() == null ? null : Outcome.labelOf(c.outcome()), CitizenSteps.of(timeline), c.rating(),
                CitizenFeedback.mayRate(c), CitizenFeedback.mayDisagree(c), c.disputedAt() != null);
    }
}
