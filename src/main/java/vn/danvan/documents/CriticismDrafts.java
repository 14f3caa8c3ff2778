package vn.danvan.documents;

import org.springframework.stereotype.Component;
import vn.danvan.criticism.Criticism;
import vn.danvan.criticism.CriticismRecords;
import vn.danvan.messaging.contract.CriticismEventData;

/** The document of a social criticism: the Front's criticism of the draft, with the opinions it collected. */
@Component
class CriticismDrafts {

    private final CriticismRecords criticisms;
    private final Issuers issuers;
    private final Officers officers;

    CriticismDrafts(CriticismRecords criticisms, Issuers issuers, Officers officers) {
        this.criticisms = criticisms;
        this.issuers = issuers;
        this.officers = officers;
    }

    DocumentDraft draft(DocumentKind kind, String eventId, CriticismEventData event, Criticism c) {
        var opinions = criticisms.givenOpinions(c.criticismId()).stream()
                .map(o -> new TemplateData.Opinion(o.author(), o.content())).toList();
        TemplateData.Criticism criticism = new TemplateData.Criticism(c.criticismId(), c.title(), c.authorityName(),
                c.draftReference(), Wording.date(c.receivedOn()), c.requestedBy() == null ? null : Wording.date(c.requestedBy()),
                c.formLabel(), c.formRecord(), opinions, c.summary(), c.recommendations(),
                // the response's due date as the event announced it
                event.dueAt() == null ? null : Wording.date(event.dueAt()));
        Issuer issuer = issuers.of(c.unitCode());
        return DocumentDraft.ofEvent(kind, eventId, SubjectType.CRITICISM, c.criticismId(), issuer, event.actor(),
                officers.nameOf(event.actor()), new TemplateData(null, issuer, null, null, null, criticism));
    }
}
