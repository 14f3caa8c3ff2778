package vn.danvan.petition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What a citizen learns from a tracking code: where the case stands, its steps and dates, how it
 * ended, what they may still do (rate it, disagree), and the papers addressed to them (receipt,
 * notices, result). Nothing personal, no officer's note.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicCaseStatus(String trackingCode, String status, String statusLabel, String unitName, Instant receivedAt,
        Instant dueAt, Instant closedAt, String outcomeLabel, List<CitizenSteps.Step> steps, Integer rating,
        boolean canRate, boolean canDisagree, boolean disputed, List<CaseDocumentLinks.CitizenDocument> documents,
        boolean canRequestSecondInstance, Instant secondInstanceWindowEndsAt, SecondInstance secondInstance,
        String firstInstanceTrackingCode) {

    /**
     * The second instance of this case as the complainant sees it: its own tracking code (its status
     * page), or where the file went when the second instance lies outside danvan.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SecondInstance(String trackingCode, String statusLabel, String referredTo, Instant requestedAt) {
    }

    static PublicCaseStatus of(PetitionCase c, String unitName, List<TimelineEntry> timeline,
            List<CaseDocumentLinks.CitizenDocument> documents) {
        return new PublicCaseStatus(c.trackingCode(), c.status().name(), c.status().label(), unitName, c.receivedAt(),
                c.status().isOpen() ? c.dueAt() : null, c.closedAt(),
                c.outcome() == null ? null : Outcome.labelOf(c.outcome()), CitizenSteps.of(timeline), c.rating(),
                CitizenFeedback.mayRate(c), CitizenFeedback.mayDisagree(c), c.disputedAt() != null, documents, false,
                null, null, null);
    }

    /**
     * With what the second instance adds: whether the complainant may ask for it now and until when,
     * the second instance once asked, and, on a second-instance case, its first case's tracking code.
     */
    PublicCaseStatus withSecondInstance(Instant windowEndsAt, SecondInstance secondInstance, String firstTrackingCode) {
        // a complaint's disagreement is the second-instance request: one button, not two
        boolean request = windowEndsAt != null;
        return new PublicCaseStatus(trackingCode, status, statusLabel, unitName, receivedAt, dueAt, closedAt,
                outcomeLabel, steps, rating, canRate, canDisagree && !request && secondInstance == null, disputed,
                documents, request, windowEndsAt, secondInstance, firstTrackingCode);
    }
}
