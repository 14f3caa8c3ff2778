package vn.danvan.criticism;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.danvan.messaging.contract.Lateness;

/** A criticism as {@code GET /api/criticisms/{id}} shows it: the record, its opinions and history. */
record CriticismView(String criticismId, String unitCode, int year, String title, String authority,
        String authorityUnitCode, String draftReference, LocalDate receivedOn, LocalDate requestedBy, String form,
        String formNote, String formRecord, String status, String summary, String recommendations, Instant issuedAt,
        Instant responseDueAt, String response, String responseReference, String responseText, Instant respondedAt,
        Lateness lateState, Instant createdAt, Instant closedAt, List<Opinion> opinions,
        List<Criticisms.HistoryEntry> history) {

    static CriticismView of(Criticism c, List<Opinion> opinions, List<Criticisms.HistoryEntry> history) {
        return new CriticismView(c.criticismId(), c.unitCode(), c.year(), c.title(), c.authorityName(),
                c.authorityUnitCode(), c.draftReference(), c.receivedOn(), c.requestedBy(), c.form(), c.formNote(),
                c.formRecord(), c.status().name(), c.summary(), c.recommendations(), c.issuedAt(), c.responseDueAt(),
                c.response(), c.responseReference(), c.responseText(), c.respondedAt(), c.lateState(), c.createdAt(),
                c.closedAt(), opinions, history);
    }

    /** One line of {@code GET /api/criticisms}. */
    record Summary(String criticismId, String unitCode, int year, String title, String authority, LocalDate receivedOn,
            String form, String status, Instant responseDueAt, String response, Lateness lateState) {

        static Summary of(Criticism c) {
            return new Summary(c.criticismId(), c.unitCode(), c.year(), c.title(), c.authorityName(), c.receivedOn(),
                    c.form(), c.status().name(), c.responseDueAt(), c.response(), c.lateState());
        }
    }
}
