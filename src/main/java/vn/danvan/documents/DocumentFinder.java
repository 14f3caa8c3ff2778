package vn.danvan.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionCases;
import vn.danvan.petition.TimelineEntry;

/**
 * Finds a subject's document by id, and knows the documents a case's recorded steps will issue before
 * they are rendered: their ids follow from the steps' event ids (the case timeline keeps them), so an
 * address handed out early (the receipt's) answers "not yet" rather than "no such document".
 */
@Component
class DocumentFinder {

    private final DocumentRegister register;
    private final PetitionCases cases;
    private final vn.danvan.petition.SecondInstances secondInstances;

    DocumentFinder(DocumentRegister register, PetitionCases cases, vn.danvan.petition.SecondInstances secondInstances) {
        this.register = register;
        this.cases = cases;
        this.secondInstances = secondInstances;
    }

    /** The document if it is one of this subject's, else empty: another subject's id is no document here. */
    Optional<RegisterEntry> of(SubjectType type, String subjectId, String documentId) {
        return parse(documentId).flatMap(register::find)
                .filter(d -> d.subjectType() == type && d.subjectId().equals(subjectId));
    }

    /**
     * The kind of a document that one of the case's steps calls for, asked after the register did not
     * have it. It may have been stored a moment later: the caller then answers "not yet" and the next
     * ask finds it, which is right either way.
     */
    Optional<DocumentKind> pending(PetitionCase c, String documentId) {
        Optional<UUID> id = parse(documentId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        boolean secondInstance = secondInstances.ofSecond(c.caseId()).isPresent();
        for (TimelineEntry step : cases.timeline(c.caseId())) {
            if (step.eventId() == null) {
                continue;
            }
            Optional<EventType> type = EventType.of("vn.danvan.case." + step.action());
            if (type.isEmpty()) {
                continue;
            }
            for (DocumentKind kind : IssuingRules.forCase(type.get(), c.caseType(), c.status().name(), secondInstance)) {
                if (DocumentIds.of(step.eventId(), kind).equals(id.get())) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** The address of the receipt, issued or still rendering, from the case's received step. */
    Optional<UUID> receiptOf(PetitionCase c) {
        List<TimelineEntry> timeline = cases.timeline(c.caseId());
        return timeline.stream().filter(t -> "received".equals(t.action()) && t.eventId() != null).findFirst()
                .map(t -> DocumentIds.of(t.eventId(), DocumentKind.RECEIPT));
    }

    static Optional<UUID> parse(String documentId) {
        try {
            return Optional.of(UUID.fromString(documentId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
