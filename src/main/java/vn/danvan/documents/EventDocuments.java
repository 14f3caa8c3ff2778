package vn.danvan.documents;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.criticism.CriticismRecords;
import vn.danvan.dialogue.ConferenceRecords;
import vn.danvan.messaging.InboundEvent;
import vn.danvan.messaging.contract.CaseEventData;
import vn.danvan.messaging.contract.CriticismEventData;
import vn.danvan.messaging.contract.DialogueEventData;
import vn.danvan.messaging.contract.SupervisionEventData;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionCases;
import vn.danvan.petition.TimelineEntry;
import vn.danvan.supervision.CampaignRecords;

/**
 * Issues the documents a step's event calls for ({@link IssuingRules}), inside the inbox transaction
 * of the documents consumer. Only danvan's own steps issue papers: an event from another source on
 * these topics, or about a case, conference, campaign or criticism danvan does not hold, issues nothing (logged
 * at debug only: such events come from outside, and a flood of them must not flood the log).
 */
@Service
class EventDocuments {

    private static final Logger log = LoggerFactory.getLogger(EventDocuments.class);

    private final PetitionCases cases;
    private final ConferenceRecords conferences;
    private final CampaignRecords campaigns;
    private final CaseDrafts caseDrafts;
    private final ConferenceDrafts conferenceDrafts;
    private final CampaignDrafts campaignDrafts;
    private final CriticismRecords criticisms;
    private final CriticismDrafts criticismDrafts;
    private final DocumentRegister register;
    private final DocumentIssuing issuing;

    EventDocuments(PetitionCases cases, ConferenceRecords conferences, CampaignRecords campaigns,
            CaseDrafts caseDrafts, ConferenceDrafts conferenceDrafts, CampaignDrafts campaignDrafts,
            CriticismRecords criticisms, CriticismDrafts criticismDrafts, DocumentRegister register, DocumentIssuing issuing) {
        this.cases = cases;
        this.conferences = conferences;
        this.campaigns = campaigns;
        this.caseDrafts = caseDrafts;
        this.conferenceDrafts = conferenceDrafts;
        this.campaignDrafts = campaignDrafts;
        this.criticisms = criticisms;
        this.criticismDrafts = criticismDrafts;
        this.register = register;
        this.issuing = issuing;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void on(InboundEvent event) {
        if (!event.type().source().toString().equals(event.source())) {
            log.debug("{} {} comes from {}, not from danvan's step: no document", event.type().type(), event.id(),
                    event.source());
            return;
        }
        if (event.data() instanceof CaseEventData data) {
            onCase(event, data);
        } else if (event.data() instanceof DialogueEventData data) {
            onConference(event, data);
        } else if (event.data() instanceof SupervisionEventData data) {
            onCampaign(event, data);
        } else if (event.data() instanceof CriticismEventData data) {
            onCriticism(event, data);
        }
    }

    private void onCase(InboundEvent event, CaseEventData data) {
        List<DocumentKind> kinds = IssuingRules.forCase(event.type(), data);
        if (kinds.isEmpty()) {
            return;
        }
        PetitionCase c = cases.find(data.caseId()).orElse(null);
        if (c == null) {
            log.debug("{} {} names case {}, which does not exist: no document", event.type().type(), event.id(),
                    data.caseId());
            return;
        }
        TimelineEntry step = cases.timeline(c.caseId()).stream().filter(t -> t.sequence() == data.sequence())
                .findFirst().orElse(null);
        for (DocumentKind kind : kinds) {
            issueOnce(caseDrafts.draft(kind, event.id(), data, c, step));
        }
    }

    private void onConference(InboundEvent event, DialogueEventData data) {
        List<DocumentKind> kinds = IssuingRules.forConference(event.type());
        if (kinds.isEmpty()) {
            return;
        }
        conferences.find(data.conferenceId()).ifPresentOrElse(
                c -> kinds.forEach(kind -> issueOnce(conferenceDrafts.draft(kind, event.id(), data, c))),
                () -> log.debug("{} {} names conference {}, which does not exist: no document", event.type().type(),
                        event.id(), data.conferenceId()));
    }

    private void onCampaign(InboundEvent event, SupervisionEventData data) {
        List<DocumentKind> kinds = IssuingRules.forCampaign(event.type());
        if (kinds.isEmpty()) {
            return;
        }
        campaigns.find(data.campaignId()).ifPresentOrElse(
                c -> kinds.forEach(kind -> issueOnce(campaignDrafts.draft(kind, event.id(), data, c))),
                () -> log.debug("{} {} names campaign {}, which does not exist: no document", event.type().type(),
                        event.id(), data.campaignId()));
    }

    private void onCriticism(InboundEvent event, CriticismEventData data) {
        List<DocumentKind> kinds = IssuingRules.forCriticism(event.type());
        if (kinds.isEmpty()) {
            return;
        }
        criticisms.find(data.criticismId()).ifPresentOrElse(
                c -> kinds.forEach(kind -> issueOnce(criticismDrafts.draft(kind, event.id(), data, c))),
                () -> log.debug("{} {} names criticism {}, which does not exist: no document", event.type().type(),
                        event.id(), data.criticismId()));
    }

    /** The inbox already drops a redelivered event; the register's check also covers a replayed one. */
    private void issueOnce(DocumentDraft draft) {
        if (!register.exists(draft.documentId())) {
            issuing.issue(draft);
        }
    }
}
