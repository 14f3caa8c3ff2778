package vn.danvan.supervision;

import java.util.List;

/**
 * Stands in for the bean {@code supervisionRecommendations} that bpmn/supervision-campaign.bpmn asks for
 * the recommendations a final report issued (one follow-up process each). Public: the engine's
 * expression language calls its methods by reflection.
 */
public final class RecommendationsStandIn {

    private final List<String> ids;

    public RecommendationsStandIn(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    public List<String> idsOf(String campaignId) {
        return ids;
    }

    public String contentOf(String recommendationId) {
        return "Kiến nghị " + recommendationId;
    }
}
