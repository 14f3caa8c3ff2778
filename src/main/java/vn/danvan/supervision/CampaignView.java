package vn.danvan.supervision;

import java.time.Instant;
import java.util.List;
import vn.danvan.messaging.contract.Lateness;

/** A campaign as {@code GET /api/supervisions/{id}} shows it: the record, its recommendations and history. */
record CampaignView(String campaignId, String unitCode, int year, int plannedQuarter, String subject,
        String supervisedBody, String status, String resupervisionOf, String decisionNumber, String noticeNumber,
        Instant selfReportDueAt, String reportNumber, Lateness lateState, Instant createdAt, Instant closedAt,
        List<String> caseIds, List<Recommendation> recommendations, List<SupervisionCampaigns.HistoryEntry> history) {

    static CampaignView of(Campaign c, List<Recommendation> recommendations, List<SupervisionCampaigns.HistoryEntry> history) {
        return new CampaignView(c.campaignId(), c.unitCode(), c.year(), c.plannedQuarter(), c.subject(),
                c.supervisedBody(), c.status().name(), c.resupervisionOf(), c.decisionNumber(), c.noticeNumber(),
                c.selfReportDueAt(), c.reportNumber(), c.lateState(), c.createdAt(), c.closedAt(), c.caseIds(),
                recommendations, history);
    }

    /** One line of {@code GET /api/supervisions}. */
    record Summary(String campaignId, String unitCode, int year, int plannedQuarter, String subject,
            String supervisedBody, String status, Lateness lateState) {

        static Summary of(Campaign c) {
            return new Summary(c.campaignId(), c.unitCode(), c.year(), c.plannedQuarter(), c.subject(),
                    c.supervisedBody(), c.status().name(), c.lateState());
        }
    }
}
