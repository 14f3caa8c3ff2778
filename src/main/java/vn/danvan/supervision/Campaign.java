package vn.danvan.supervision;

import java.time.Instant;
import java.util.List;
import vn.danvan.messaging.contract.Lateness;

/** A supervision campaign as stored. */
public record Campaign(String campaignId, String unitCode, int year, int plannedQuarter, String subject,
        String supervisedBody, CampaignStatus status, String resupervisionOf, String decisionNumber,
        String teamLeader, String planSummary, String noticeNumber, Instant selfReportDueAt, String reportNumber, String findings,
        Lateness lateState, Instant createdAt, Instant closedAt, int lastSequence, List<String> caseIds) {
}
