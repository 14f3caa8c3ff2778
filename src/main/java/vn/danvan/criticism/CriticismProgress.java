package vn.danvan.criticism;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.record.RecordLedger;
import vn.danvan.platform.engine.StepSupport;

/**
 * The steps of a criticism between receipt and closure, each recorded on the criticism. The form's
 * choice, the criticism document going out and the response are events of the contract; the
 * preparation of the form and the experts' opinions are kept in the history only.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class CriticismProgress {

    private final Criticisms criticisms;
    private final CriticismOpinions opinions;

    CriticismProgress(Criticisms criticisms, CriticismOpinions opinions) {
        this.criticisms = criticisms;
        this.opinions = opinions;
    }

    void formDecided(String criticismId, CriticismForm form, String note, String actor) {
        criticisms.change(criticismId, EventType.CRITICISM_FORM_DECIDED, actor, CriticismChange.of("form-decided")
                .status(CriticismStatus.PREPARING).set(CriticismColumns.FORM, form).set(CriticismColumns.FORM_NOTE, note).note(form.label()));
    }

    /** The conference prepared, the letters sent or the council convened: what the form's step recorded. */
    void prepared(String criticismId, CriticismForm form, String record, String actor) {
        String action = switch (form) {
            case CONFERENCE -> "conference-prepared";
            case WRITTEN -> "sent-for-comments";
            case COUNCIL -> "council-convened";
        };
        criticisms.change(criticismId, null, actor, CriticismChange.of(action).set(CriticismColumns.FORM_RECORD, record).note(record));
    }

    void expertsRecorded(String criticismId, List<CriticismOpinions.ExpertOpinion> experts, String discussion,
            String actor) {
        opinions.experts(criticismId, experts, actor);
        criticisms.change(criticismId, null, actor, CriticismChange.of("experts-recorded").status(CriticismStatus.DRAFTING)
                .note((experts.isEmpty() ? "Không có ý kiến chuyên gia" : "Ý kiến của " + experts.size() + " chuyên gia")
                        + (discussion == null ? "" : "; " + discussion)));
    }

    /** The criticism document's content; it goes out ({@code issued}) once its response's due date exists. */
    void drafted(String criticismId, String summary, String recommendations, String actor) {
        criticisms.change(criticismId, null, actor, CriticismChange.of("drafted").set(CriticismColumns.SUMMARY, summary)
                .set(CriticismColumns.RECOMMENDATIONS, recommendations));
    }

    /** The criticism document went to the authority, whose written response is due: {@code issued}. */
    void issued(String criticismId, Instant responseDueAt, String actor) {
        criticisms.change(criticismId, EventType.CRITICISM_ISSUED, actor, CriticismChange.of("issued")
                .status(CriticismStatus.AWAITING_RESPONSE).set(CriticismColumns.ISSUED_AT, RecordLedger.now())
                .set(CriticismColumns.RESPONSE_DUE_AT, responseDueAt).due(responseDueAt, Lateness.ON_TIME)
                .note("Hạn cơ quan soạn thảo trả lời bằng văn bản: " + StepSupport.shown(responseDueAt)));
    }

    /** @param lateness null for a reminder: the response is still on time */
    void responseTimed(String criticismId, EventType type, Lateness lateness, Instant dueAt, String note) {
        CriticismChange change = CriticismChange.of(type == EventType.CRITICISM_REMINDED ? "reminded" : "overdue")
                .due(dueAt, lateness == null ? Lateness.ON_TIME : lateness).note(note);
        if (lateness != null) {
            change.set(CriticismColumns.LATE_STATE, lateness);
        }
        criticisms.change(criticismId, type, StepSupport.SYSTEM, change);
    }

    void responseRescheduled(String criticismId, Instant dueAt, String reason) {
        criticisms.change(criticismId, null, StepSupport.SYSTEM, CriticismChange.of("rescheduled")
                .set(CriticismColumns.RESPONSE_DUE_AT, dueAt).note(reason));
    }

    /** The authority's written response (or its absence, NONE) recorded: {@code responded}, then {@code closed}. */
    void responded(String criticismId, CriticismResponse response, String reference, String text, String actor) {
        criticisms.change(criticismId, EventType.CRITICISM_RESPONDED, actor, CriticismChange.of("responded")
                .set(CriticismColumns.RESPONSE, response).set(CriticismColumns.RESPONSE_REFERENCE, reference)
                .set(CriticismColumns.RESPONSE_TEXT, text)
                .set(CriticismColumns.RESPONDED_AT, response == CriticismResponse.NONE ? null : RecordLedger.now())
                .note(response.label() + (reference == null ? "" : ": " + reference)));
        criticisms.change(criticismId, EventType.CRITICISM_CLOSED, actor, CriticismChange.of("closed")
                .status(CriticismStatus.CLOSED).set(CriticismColumns.CLOSED_AT, RecordLedger.now()));
    }
}
