package vn.danvan.supervision;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One change of a campaign: columns to set, a history note, and what its event says of a recommendation. */
final class CampaignChange {

    private final String action;
    private final Map<String, Object> columns = new LinkedHashMap<>();
    private String note;
    private String recommendationId;
    private String response;
    private String judgement;
    private Instant dueAt;
    private String lateState;

    private CampaignChange(String action) {
        this.action = action;
    }

    /** @param action the history's name of the step (for event-bearing changes, the event type's last word) */
    static CampaignChange of(String action) {
        return new CampaignChange(action);
    }

    CampaignChange status(CampaignStatus status) {
        return set("status", status.name());
    }

    CampaignChange set(String column, Object value) {
        columns.put(column, value instanceof Instant instant ? java.sql.Timestamp.from(instant) : value);
        return this;
    }

    CampaignChange note(String text) {
        this.note = text;
        return this;
    }

    CampaignChange recommendation(Recommendation recommendation) {
        this.recommendationId = recommendation.recommendationId();
        this.response = recommendation.response();
        this.judgement = recommendation.judgement();
        this.dueAt = recommendation.dueAt();
        this.lateState = recommendation.lateState();
        return this;
    }

    CampaignChange due(Instant due, String late) {
        this.dueAt = due;
        this.lateState = late;
        return this;
    }

    String action() {
        return action;
    }

    Map<String, Object> columns() {
        return columns;
    }

    String note() {
        return note;
    }

    String recommendationId() {
        return recommendationId;
    }

    String response() {
        return response;
    }

    String judgement() {
        return judgement;
    }

    Instant dueAt() {
        return dueAt;
    }

    String lateState() {
        return lateState;
    }
}
