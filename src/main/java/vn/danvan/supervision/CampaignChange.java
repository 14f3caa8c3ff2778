package vn.danvan.supervision;

import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.record.RecordChange;

/**
 * One change of a campaign: the columns it sets ({@link CampaignColumns}), a history note, and what
 * its event says of a recommendation.
 */
final class CampaignChange extends RecordChange<CampaignChange> {

    private String response;
    private String judgement;

    private CampaignChange(String action) {
        super(action);
    }

    /** @param action the history's name of the step (for event-bearing changes, the event type's last word) */
    static CampaignChange of(String action) {
        return new CampaignChange(action);
    }

    CampaignChange status(CampaignStatus status) {
        return set(CampaignColumns.STATUS, status);
    }

    CampaignChange recommendation(Recommendation recommendation) {
        this.response = recommendation.response();
        this.judgement = recommendation.judgement();
        return item(recommendation.recommendationId())
                .due(recommendation.dueAt(), Lateness.of(recommendation.lateState()));
    }

    String response() {
        return response;
    }

    String judgement() {
        return judgement;
    }
}
