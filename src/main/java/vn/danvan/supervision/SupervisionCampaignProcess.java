package vn.danvan.supervision;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The process {@code supervision-campaign} (bpmn/supervision-campaign.bpmn): one campaign, programme to closure. */
public final class SupervisionCampaignProcess {

    public static final String KEY = "supervision-campaign";

    static final String TASK_AGREE = "UserTaskAgreeProgramme";
    public static final String TASK_FORM_TEAM = "UserTaskFormTeam";
    static final String TASK_SEND_NOTICE = "UserTaskSendNotice";
    static final String TASK_SELF_REPORT = "UserTaskReceiveSelfReport";
    static final String TASK_FIELD_WORK = "UserTaskFieldWork";
    static final String TASK_DISCUSS_DRAFT = "UserTaskDiscussDraft";
    public static final String TASK_FINAL_REPORT = "UserTaskFinalReport";

    /** Variables shared by the campaign and its recommendations' processes. */
    static final String CAMPAIGN_ID = "campaignId";
    public static final String UNIT_CODE = "unitCode";
    static final String COMMITTEE_UNIT = "committeeUnit";
    public static final String SUBJECT = "subject";
    public static final String SUPERVISED_BODY = "supervisedBody";
    public static final String YEAR = "year";
    public static final String PLANNED_QUARTER = "plannedQuarter";
    static final String LINKED_CASE_IDS = "linkedCaseIds";
    static final String RESUPERVISION_OF = "resupervisionOf";
    static final String INITIATOR = "initiator";

    /** Step forms. */
    static final String AGREEMENT = "agreement";
    static final String AGREE = "AGREE";
    static final String AGREEMENT_NOTE = "agreementNote";
    static final String DECISION_NUMBER = "decisionNumber";
    static final String TEAM_LEADER = "teamLeader";
    static final String PLAN_SUMMARY = "planSummary";
    static final String NOTICE_NUMBER = "noticeNumber";
    static final String SELF_REPORT = "selfReport";
    static final String FIELD_WORK_NOTES = "fieldWorkNotes";
    static final String DRAFT_COMMENTS = "draftComments";
    static final String REPORT_NUMBER = "reportNumber";
    static final String FINDINGS = "findings";
    /** recommendation1 ... recommendation5 on the final-report form. */
    static final String RECOMMENDATION_PREFIX = "recommendation";
    static final int MAX_FORM_RECOMMENDATIONS = 5;

    static String campaignId(VariableScope scope) {
        return (String) scope.getVariable(CAMPAIGN_ID);
    }

    private SupervisionCampaignProcess() {
    }
}
