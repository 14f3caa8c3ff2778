package vn.danvan.messaging.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The data of {@code vn.danvan.document.issued}, on the topic and under the key of what the document
 * belongs to. Register facts only: no text of the document and nobody's personal data.
 *
 * @param documentId      name-based UUID of the triggering event's id and the kind: the same event
 *                        never issues a kind twice
 * @param kind            RECEIPT, ACCEPTANCE_NOTICE, ... (docs/documents.md)
 * @param number          number and symbol as printed ("12/TB-UBND")
 * @param sha256          hex SHA-256 of the PDF's bytes, as stored
 * @param subjectType     CASE, CONFERENCE or CAMPAIGN
 * @param subjectId       the case, conference or campaign id (the record key)
 * @param unitCode        the issuing unit, whose register gave the number
 * @param issuedBy        the officer whose step the document records, or "system"
 * @param templateVersion version of the kind's template that rendered it
 * @param causeEventId    the {@code ce_id} of the event that issued it
 * @param sequence        its place in the subject's timeline (the sequence of the subject's events)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentIssuedData(
        String documentId,
        String kind,
        String number,
        String sha256,
        String subjectType,
        String subjectId,
        String unitCode,
        Instant issuedAt,
        String issuedBy,
        int templateVersion,
        String causeEventId,
        long sequence) {
}
