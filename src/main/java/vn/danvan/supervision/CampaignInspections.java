package vn.danvan.supervision;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.inspection.PartyInspection;
import vn.danvan.inspection.PartyInspections;

/** A supervision finding about a Party member handed to the committee's inspection commission (REST door). */
@Service
class CampaignInspections {

    private final PartyInspections inspections;
    private final SupervisionCampaigns campaigns;

    CampaignInspections(PartyInspections inspections, SupervisionCampaigns campaigns) {
        this.inspections = inspections;
        this.campaigns = campaigns;
    }

    @Transactional
    public PartyInspection start(String campaignId, String finding, String actor) {
        Campaign campaign = campaigns.get(campaignId);
        return inspections.start(CampaignInspectionOwner.SUBJECT_TYPE, campaignId, campaign.unitCode(), finding, actor);
    }

    java.util.List<PartyInspection> of(String campaignId) {
        return inspections.of(CampaignInspectionOwner.SUBJECT_TYPE, campaignId);
    }
}
