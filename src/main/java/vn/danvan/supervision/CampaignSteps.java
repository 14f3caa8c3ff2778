package vn.danvan.supervision;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.record.RecordLedger;

/**
 * The steps of a campaign between programme and closure, each recorded on the campaign. The team
 * decision ({@code started}), the final report ({@code reported}) and the closure ({@code closed})
 * are events of the contract; the steps between them are kept in the history only.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class CampaignSteps {

    private final SupervisionCampaigns campaigns;
    private final SupervisionRecommendations recommendations;

    CampaignSteps(SupervisionCampaigns campaigns, SupervisionRecommendations recommendations) {
        this.campaigns = campaigns;
        this.recommendations = recommendations;
    }

    void agreed(String campaignId, boolean agreed, String note, String actor) {
        campaigns.change(campaignId, null, actor, (agreed ? CampaignChange.of("agreed").status(CampaignStatus.AGREED)
                : CampaignChange.of("not-agreed")).note(note));
    }

    void declined(String campaignId, String actor) {
        campaigns.change(campaignId, EventType.SUPERVISION_CLOSED, actor, CampaignChange.of("closed")
                .status(CampaignStatus.NOT_AGREED).set(CampaignColumns.CLOSED_AT, RecordLedger.now())
                .note("Cấp ủy không thống nhất đưa vào chương trình"));
    }

    void teamFormed(String campaignId, String decisionNumber, String teamLeader, String plan, String actor) {
        campaigns.change(campaignId, EventType.SUPERVISION_STARTED, actor, CampaignChange.of("started")
                .status(CampaignStatus.IN_PROGRESS).set(CampaignColumns.DECISION_NUMBER, decisionNumber)
                .set(CampaignColumns.TEAM_LEADER, teamLeader).set(CampaignColumns.PLAN_SUMMARY, plan).note("Quyết định " + decisionNumber));
    }

    void noticeSent(String campaignId, String noticeNumber, String actor) {
        campaigns.change(campaignId, null, actor, CampaignChange.of("notice-sent").status(CampaignStatus.SELF_REPORTING)
                .set(CampaignColumns.NOTICE_NUMBER, noticeNumber).note("Thông báo " + noticeNumber));
    }

    void selfReportReceived(String campaignId, String report, String actor) {
        campaigns.change(campaignId, null, actor, CampaignChange.of("self-reported").status(CampaignStatus.FIELD_WORK)
                .set(CampaignColumns.SELF_REPORT, report).set(CampaignColumns.LATE_STATE, Lateness.ON_TIME));
    }

    void fieldWorkDone(String campaignId, String notes, String actor) {
        campaigns.change(campaignId, null, actor, CampaignChange.of("field-work-done").status(CampaignStatus.DRAFT_REPORT)
                .set(CampaignColumns.FIELD_WORK_NOTES, notes));
    }

    void draftDiscussed(String campaignId, String comments, String actor) {
        campaigns.change(campaignId, null, actor, CampaignChange.of("draft-discussed").status(CampaignStatus.FINAL_REPORT)
                .set(CampaignColumns.DRAFT_COMMENTS, comments));
    }

    /** The final report: {@code reported}. */
    void reported(String campaignId, String reportNumber, String findings, String actor) {
        campaigns.change(campaignId, EventType.SUPERVISION_REPORTED, actor, CampaignChange.of("reported")
                .status(CampaignStatus.REPORTED).set(CampaignColumns.REPORT_NUMBER, reportNumber).set(CampaignColumns.FINDINGS, findings)
                .note("Báo cáo " + reportNumber));
    }

    /** The report's recommendations; their {@code recommendation-made} events follow once their due dates exist. */
    List<Recommendation> issue(String campaignId, List<String> recommendationTexts) {
        return recommendations.issue(campaignId, recommendationTexts);
    }

    void closed(String campaignId, String actor) {
        campaigns.change(campaignId, EventType.SUPERVISION_CLOSED, actor, CampaignChange.of("closed")
                .status(CampaignStatus.CLOSED).set(CampaignColumns.CLOSED_AT, RecordLedger.now()));
    }
}
