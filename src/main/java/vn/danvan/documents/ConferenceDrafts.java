package vn.danvan.documents;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.dialogue.Commitment;
import vn.danvan.dialogue.Conference;
import vn.danvan.dialogue.ConferenceRecords;
import vn.danvan.messaging.contract.DialogueEventData;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/** The documents of a dialogue conference: its plan and its conclusion notice with the commitments. */
@Component
class ConferenceDrafts {

    private final ConferenceRecords conferences;
    private final Issuers issuers;
    private final UnitDirectory units;
    private final Officers officers;

    ConferenceDrafts(ConferenceRecords conferences, Issuers issuers, UnitDirectory units, Officers officers) {
        this.conferences = conferences;
        this.issuers = issuers;
        this.units = units;
        this.officers = officers;
    }

    DocumentDraft draft(DocumentKind kind, String eventId, DialogueEventData event, Conference c) {
        List<TemplateData.Commitment> commitments = conferences.commitments(c.conferenceId()).stream()
                .map(this::commitment).toList();
        TemplateData.Conference conference = new TemplateData.Conference(c.conferenceId(), c.themes(),
                Wording.date(c.plannedDate()), c.plannedTime() == null ? null : c.plannedTime().toString(), c.place(),
                c.leaders(), c.invitedGroups(), Wording.date(c.questionDeadline()), Wording.date(c.heldAt()),
                c.attendance(), c.conclusion(), commitments);
        Issuer issuer = issuers.of(c.unitCode());
        return DocumentDraft.ofEvent(kind, eventId, SubjectType.CONFERENCE, c.conferenceId(), issuer, event.actor(),
                officers.nameOf(event.actor()), new TemplateData(null, issuer, null, conference, null));
    }

    private TemplateData.Commitment commitment(Commitment c) {
        return new TemplateData.Commitment(c.number(), c.content(),
                units.find(c.ownerUnitCode()).map(Unit::name).orElse(c.ownerUnitCode()), Wording.date(c.dueAt()));
    }
}
