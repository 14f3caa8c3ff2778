package vn.danvan.supervision;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of a campaign and add to its history: the module that issues
 * official documents reads the decision, the report and the recommendations and notes each
 * document it issued.
 */
@Service
public class CampaignRecords {

    private final SupervisionCampaigns campaigns;
    private final SupervisionRecommendations recommendations;

    CampaignRecords(SupervisionCampaigns campaigns, SupervisionRecommendations recommendations) {
        this.campaigns = campaigns;
        this.recommendations = recommendations;
    }

    public Optional<Campaign> find(String campaignId) {
        return campaigns.find(campaignId);
    }

    public List<Recommendation> recommendations(String campaignId) {
        return recommendations.ofCampaign(campaignId);
    }

    public Optional<Recommendation> recommendation(String recommendationId) {
        return recommendations.find(recommendationId);
    }

    /**
     * Notes in the campaign's history that a document was issued; the entry takes the next sequence
     * number, which the document's {@code vn.danvan.document.issued} event carries.
     *
     * @return the entry's sequence number
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int documentIssued(String campaignId, String note, String actor) {
        return campaigns.change(campaignId, null, actor, CampaignChange.of("document-issued").sequenced().note(note))
                .lastSequence();
    }
}
