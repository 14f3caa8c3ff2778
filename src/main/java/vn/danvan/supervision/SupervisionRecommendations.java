package vn.danvan.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.platform.engine.StepSupport;

/**
 * The recommendations of a campaign's final report. Each change updates the row, then goes through
 * {@link SupervisionCampaigns#change} so that it lands in the campaign's history and, where the
 * contract names it, on {@code danvan.supervisions}. The bean name is used in BPMN expressions.
 */
@Service("supervisionRecommendations")
class SupervisionRecommendations {

    private static final String SELECT = """
            SELECT recommendation_id, campaign_id, number, content, state, late_state, due_at, response, response_text,
                   response_reason, answer_channel, answered_by, answered_at, judgement, judgement_note,
                   committee_decision, committee_note, resupervision_id, closed_at
            FROM supervision_recommendation""";

    private final JdbcClient jdbc;
    private final SupervisionCampaigns campaigns;

    SupervisionRecommendations(JdbcClient jdbc, SupervisionCampaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /** Records the report's recommendations, numbered K1, K2, ...; their events follow once their due dates exist. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Recommendation> issue(String campaignId, List<String> contents) {
        Timestamp now = SupervisionCampaigns.now();
        for (int i = 0; i < contents.size(); i++) {
            jdbc.sql("""
                    INSERT INTO supervision_recommendation (recommendation_id, campaign_id, number, content, state, created_at)
                    VALUES (?, ?, ?, ?, 'AWAITING_ANSWER', ?)""")
                    .params(campaignId + "-K" + (i + 1), campaignId, i + 1, contents.get(i), now).update();
        }
        return ofCampaign(campaignId);
    }

    /** The answer is now awaited until {@code dueAt}: the first time, the recommendation goes out as made. */
    @Transactional(propagation = Propagation.MANDATORY)
    void awaited(String recommendationId, Instant dueAt, String actor) {
        Recommendation before = get(recommendationId);
        Recommendation after = update(recommendationId, "state = 'AWAITING_ANSWER', late_state = ?, due_at = ?",
                Lateness.ON_TIME.name(), Timestamp.from(dueAt));
        boolean first = before.dueAt() == null;
        campaigns.change(after.campaignId(), first ? EventType.SUPERVISION_RECOMMENDATION_MADE : null, actor,
                CampaignChange.of(first ? "recommendation-made" : "answer-requested-again").recommendation(after)
                        .note("Kiến nghị " + after.number() + ", hạn trả lời " + StepSupport.shown(dueAt)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Recommendation answered(String recommendationId, Answer answer, String channel, String answeredBy) {
        Recommendation after = update(recommendationId, """
                state = 'ANSWERED', response = ?, response_text = ?, response_reason = ?, answer_channel = ?,
                answered_by = ?, answered_at = ?""", answer.response().name(), answer.text(), answer.reason(), channel,
                answeredBy, SupervisionCampaigns.now());
        campaigns.change(after.campaignId(), EventType.SUPERVISION_ANSWERED, answeredBy,
                CampaignChange.of("answered").recommendation(after).note(answer.response().label() + " (" + channel + ")"));
        return after;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Recommendation judged(String recommendationId, boolean satisfactory, String note, String actor) {
        Recommendation after = satisfactory
                ? update(recommendationId, "state = 'RESOLVED', judgement = 'SATISFACTORY', judgement_note = ?, closed_at = ?",
                        note, SupervisionCampaigns.now())
                : update(recommendationId, "state = 'ESCALATED', judgement = 'UNSATISFACTORY', judgement_note = ?", note);
        campaigns.change(after.campaignId(), EventType.SUPERVISION_JUDGED, actor,
                CampaignChange.of("judged").recommendation(after).note(note));
        return after;
    }

    /** Reminder, or lateness (LATE, VERY_LATE) of an awaited answer, from the deadline watch. */
    @Transactional(propagation = Propagation.MANDATORY)
    Recommendation timed(String recommendationId, EventType type, Lateness lateness, String note) {
        Recommendation after = lateness == null ? get(recommendationId)
                : update(recommendationId, "late_state = ?", lateness.name());
        campaigns.change(after.campaignId(), type, StepSupport.SYSTEM,
                CampaignChange.of(type.type().substring(type.type().lastIndexOf('.') + 1)).recommendation(after).note(note));
        return after;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void escalated(String recommendationId) {
        update(recommendationId, "state = 'ESCALATED'");
    }

    /** The committee's decision on an escalated recommendation: answer again (URGE), RESUPERVISE or CLOSE. */
    @Transactional(propagation = Propagation.MANDATORY)
    Recommendation committeeDecided(String recommendationId, String decision, String note, String actor) {
        RecommendationState current = get(recommendationId).state();
        // urging matters only while the answer is still missing or unsatisfactory; a later answer keeps its state
        String state = switch (decision) {
            case "CLOSE" -> "CLOSED";
            case "RESUPERVISE" -> "RESUPERVISED";
            default -> (current == RecommendationState.ESCALATED ? RecommendationState.AWAITING_ANSWER : current).name();
        };
        boolean settled = RecommendationState.valueOf(state).settled();
        Recommendation after = update(recommendationId,
                "state = ?, committee_decision = ?, committee_note = ?, closed_at = ?", state, decision, note,
                settled ? SupervisionCampaigns.now() : null);
        campaigns.change(after.campaignId(), null, actor,
                CampaignChange.of("committee-decided").recommendation(after).note(decision + ": " + note));
        return after;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void resupervisedBy(String recommendationId, String newCampaignId) {
        update(recommendationId, "resupervision_id = ?", newCampaignId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void rescheduled(String recommendationId, Instant dueAt) {
        update(recommendationId, "due_at = ?", Timestamp.from(dueAt));
    }

    /** For the multi-instance call activity: one follow-up process per recommendation. */
    public List<String> idsOf(String campaignId) {
        return jdbc.sql("SELECT recommendation_id FROM supervision_recommendation WHERE campaign_id = ? ORDER BY number")
                .param(campaignId).query(String.class).list();
    }

    public String contentOf(String recommendationId) {
        return get(recommendationId).content();
    }

    List<Recommendation> ofCampaign(String campaignId) {
        return jdbc.sql(SELECT + " WHERE campaign_id = ? ORDER BY number").param(campaignId).query(this::map).list();
    }

    Optional<Recommendation> find(String recommendationId) {
        return jdbc.sql(SELECT + " WHERE recommendation_id = ?").param(recommendationId).query(this::map).optional();
    }

    Recommendation get(String recommendationId) {
        return find(recommendationId).orElseThrow(() -> new CampaignNotFoundException(recommendationId));
    }

    private Recommendation update(String recommendationId, String assignments, Object... values) {
        Object[] params = java.util.Arrays.copyOf(values, values.length + 1);
        params[values.length] = recommendationId;
        if (jdbc.sql("UPDATE supervision_recommendation SET " + assignments + " WHERE recommendation_id = ?")
                .params(params).update() != 1) {
            throw new CampaignNotFoundException(recommendationId);
        }
        return get(recommendationId);
    }

    private Recommendation map(ResultSet rs, int row) throws SQLException {
        return new Recommendation(rs.getString("recommendation_id"), rs.getString("campaign_id"), rs.getInt("number"),
                rs.getString("content"), RecommendationState.valueOf(rs.getString("state")), rs.getString("late_state"),
                SupervisionCampaigns.instant(rs, "due_at"), rs.getString("response"), rs.getString("response_text"),
                rs.getString("response_reason"), rs.getString("answer_channel"), rs.getString("answered_by"),
                SupervisionCampaigns.instant(rs, "answered_at"), rs.getString("judgement"), rs.getString("judgement_note"),
                rs.getString("committee_decision"), rs.getString("committee_note"), rs.getString("resupervision_id"),
                SupervisionCampaigns.instant(rs, "closed_at"));
    }
}
