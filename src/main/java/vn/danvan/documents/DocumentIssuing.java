package vn.danvan.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.criticism.CriticismRecords;
import vn.danvan.dialogue.ConferenceRecords;
import vn.danvan.messaging.DomainEvents;
import vn.danvan.messaging.contract.DocumentIssuedData;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.petition.PetitionLinks;
import vn.danvan.supervision.CampaignRecords;

/**
 * Issues a drafted document, all in the caller's transaction: the next number of the issuer's
 * register, the PDF rendered with the kind's template in force, the register's line (bytes,
 * SHA-256, template version, issuer, time), the note on the case's timeline (or the conference's,
 * the campaign's history) and {@code vn.danvan.document.issued} through the outbox. A failure
 * anywhere rolls all of it back, the number included.
 */
@Service
class DocumentIssuing {

    private final DocumentRegister register;
    private final DocumentTemplates templates;
    private final DocumentRenderer renderer;
    private final PetitionLinks petitions;
    private final ConferenceRecords conferences;
    private final CampaignRecords campaigns;
    private final CriticismRecords criticisms;
    private final DomainEvents events;
    private final ObjectMapper json;
    private final Timer renderTime;

    DocumentIssuing(DocumentRegister register, DocumentTemplates templates, DocumentRenderer renderer,
            PetitionLinks petitions, ConferenceRecords conferences, CampaignRecords campaigns, CriticismRecords criticisms,
            DomainEvents events, ObjectMapper json, MeterRegistry meters) {
        this.register = register;
        this.templates = templates;
        this.renderer = renderer;
        this.petitions = petitions;
        this.conferences = conferences;
        this.campaigns = campaigns;
        this.criticisms = criticisms;
        this.events = events;
        this.json = json;
        this.renderTime = Timer.builder("danvan.documents.render").description("Rendering one document to PDF")
                .publishPercentiles(0.5, 0.95).register(meters);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    RegisterEntry issue(DocumentDraft draft) {
        Template template = templates.current(draft.kind());
        Issuer issuer = draft.issuer();
        // the engine's clock, as the case's timeline uses: tests that move it see one time
        Instant now = ClockUtil.getCurrentTime().toInstant();
        int year = Wording.year(now);
        int seq = register.nextNumber(issuer.unitCode(), year, draft.symbol());
        String number = Wording.number(seq, draft.symbol(), issuer.abbreviation(), issuer.party());
        TemplateData data = draft.data().withDoc(new TemplateData.Doc(draft.kind().name(), draft.title(), number,
                Wording.placeAndDate(issuer.place(), now), Wording.dateTime(now), Wording.date(now), draft.officer(),
                draft.statusUrl(), draft.kind() == DocumentKind.RECEIPT ? QrCodes.dataUri(draft.statusUrl()) : null));
        byte[] pdf = renderTime.record(() -> render(template, data));
        String sha = Hashes.sha256(pdf);
        String note = draft.title() + " số " + number + (draft.supersedes() == null ? "" : " (đính chính văn bản trước)");
        int sequence = switch (draft.subjectType()) {
            case CASE -> petitions.documentIssued(draft.subjectId(), note, draft.issuedBy());
            case CONFERENCE -> conferences.documentIssued(draft.subjectId(), note, draft.issuedBy());
            case CAMPAIGN -> campaigns.documentIssued(draft.subjectId(), note, draft.issuedBy());
            case CRITICISM -> criticisms.documentIssued(draft.subjectId(), note, draft.issuedBy());
        };
        RegisterEntry entry = new RegisterEntry(draft.documentId(), draft.kind(), draft.subjectType(), draft.subjectId(),
                issuer.unitCode(), draft.symbol(), number, draft.title(), draft.kind().forCitizen(), draft.namesPetitioner(), sha,
                template.version(), draft.issuedBy(), now, draft.causeEventId(), sequence, draft.supersedes(), null);
        register.insert(entry, year, seq, pdf, toJson(draft.data()));
        events.publish(EventType.DOCUMENT_ISSUED, draft.subjectType().topic(), draft.subjectId(),
                new DocumentIssuedData(draft.documentId().toString(), draft.kind().name(), number, sha,
                        draft.subjectType().name(), draft.subjectId(), issuer.unitCode(), now, draft.issuedBy(),
                        template.version(), draft.causeEventId(), sequence));
        return entry;
    }

    private String toJson(TemplateData data) {
        try {
            return json.writeValueAsString(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Document data cannot be written as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private byte[] render(Template template, TemplateData data) {
        Map<String, Object> model = (Map<String, Object>) PrintableText.deep(json.convertValue(data, Map.class));
        return renderer.pdf(renderer.html(template.name(), template.source(), model));
    }
}
