package vn.danvan.petition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What a citizen learns from a tracking code: where the case stands, its dates and the papers
 * addressed to the citizen (receipt, notices, result), nothing personal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicCaseStatus(String status, String statusLabel, Instant receivedAt, Instant dueAt, Instant closedAt,
        List<CaseDocumentLinks.CitizenDocument> documents) {

    static PublicCaseStatus of(PetitionCase c, List<CaseDocumentLinks.CitizenDocument> documents) {
        return new PublicCaseStatus(c.status().name(), c.status().label(), c.receivedAt(), c.dueAt(), c.closedAt(),
                documents);
    }
}
