package vn.danvan.criticism;

import java.time.Instant;
import java.time.LocalDate;
import vn.danvan.messaging.contract.Lateness;

/** A criticism as stored. */
public record Criticism(String criticismId, String unitCode, int year, String title, String authorityUnitCode,
        String authorityName, String draftReference, LocalDate receivedOn, LocalDate requestedBy, String form,
        String formNote, String formRecord, CriticismStatus status, String summary, String recommendations,
        Instant issuedAt, Instant responseDueAt, String response, String responseReference, String responseText,
        Instant respondedAt, Lateness lateState, Instant createdAt, Instant closedAt, int lastSequence) {

    /** The chosen form in words ("Hội nghị phản biện xã hội"), or null before it is chosen. */
    public String formLabel() {
        CriticismForm chosen = CriticismForm.parse(form);
        return chosen == null ? null : chosen.label();
    }
}
