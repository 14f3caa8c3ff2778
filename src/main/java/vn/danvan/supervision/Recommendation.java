package vn.danvan.supervision;

import java.time.Instant;

/** A recommendation of a campaign's final report, tracked until it is settled. */
public record Recommendation(String recommendationId, String campaignId, int number, String content,
        RecommendationState state, String lateState, Instant dueAt, String response, String responseText,
        String responseReason, String answerChannel, String answeredBy, Instant answeredAt, String judgement,
        String judgementNote, String committeeDecision, String committeeNote, String resupervisionId,
        Instant closedAt) {
}
