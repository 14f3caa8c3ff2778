package vn.danvan.documents;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.contract.SupervisionEventData;
import vn.danvan.supervision.Campaign;
import vn.danvan.supervision.CampaignRecords;
import vn.danvan.supervision.Recommendation;

/** The documents of a supervision campaign: the team decision, the final report, each recommendation. */
@Component
class CampaignDrafts {

    private final CampaignRecords campaigns;
    private final Issuers issuers;
    private final Officers officers;

    CampaignDrafts(CampaignRecords campaigns, Issuers issuers, Officers officers) {
        this.campaigns = campaigns;
        this.issuers = issuers;
        this.officers = officers;
    }

    DocumentDraft draft(DocumentKind kind, String eventId, SupervisionEventData event, Campaign c) {
        List<TemplateData.Recommendation> recommendations = campaigns.recommendations(c.campaignId()).stream()
                .map(CampaignDrafts::recommendation).toList();
        // a recommendation's letter carries the due date its event announced
        TemplateData.Recommendation one = event.recommendationId() == null ? null
                : campaigns.recommendation(event.recommendationId()).map(r -> new TemplateData.Recommendation(
                        r.recommendationId(), r.number(), r.content(),
                        Wording.date(event.dueAt() != null ? event.dueAt() : r.dueAt()))).orElse(null);
        TemplateData.Campaign campaign = new TemplateData.Campaign(c.campaignId(), c.year(), c.plannedQuarter(),
                c.subject(), c.supervisedBody(), c.decisionNumber(), c.teamLeader(), c.planSummary(), c.reportNumber(),
                c.findings(), recommendations, one);
        Issuer issuer = issuers.of(c.unitCode());
        return DocumentDraft.ofEvent(kind, eventId, SubjectType.CAMPAIGN, c.campaignId(), issuer, event.actor(),
                officers.nameOf(event.actor()), new TemplateData(null, issuer, null, null, campaign));
    }

    private static TemplateData.Recommendation recommendation(Recommendation r) {
        return new TemplateData.Recommendation(r.recommendationId(), r.number(), r.content(), Wording.date(r.dueAt()));
    }
}
