package vn.danvan.documents;

import java.util.UUID;
import vn.danvan.platform.engine.StepSupport;

/**
 * A document about to be issued: everything but what the register gives (number, date). Built from
 * the triggering event and the record it belongs to; {@link DocumentIssuing} numbers, renders and
 * stores it.
 *
 * @param symbol          the symbol of its number (the kind's, or the case type's for a resolution)
 * @param namesPetitioner whether its text names the petitioner (then only those who may know them fetch it)
 * @param statusUrl       the citizen's status address, printed and encoded as a QR code on a receipt
 * @param supersedes      the document a correction replaces, else null
 */
record DocumentDraft(UUID documentId, DocumentKind kind, SubjectType subjectType, String subjectId, Issuer issuer,
        String symbol, String title, boolean namesPetitioner, String issuedBy, String officer, String causeEventId,
        String statusUrl, UUID supersedes, TemplateData data) {

    /**
     * The document an event triggers about a record that names no petitioner (a conference, a campaign,
     * a criticism): its kind's symbol and title, issued by the event's actor (the system for a step no
     * officer took) and printed with that officer's name.
     */
    static DocumentDraft ofEvent(DocumentKind kind, String eventId, SubjectType subjectType, String subjectId,
            Issuer issuer, String actor, String officer, TemplateData data) {
        return new DocumentDraft(DocumentIds.of(eventId, kind), kind, subjectType, subjectId, issuer, kind.symbol(),
                kind.title(), false, actor == null ? StepSupport.SYSTEM : actor, officer, eventId, null, null, data);
    }
}
