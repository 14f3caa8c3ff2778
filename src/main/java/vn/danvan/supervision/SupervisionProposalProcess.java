package vn.danvan.supervision;

/**
 * The process {@code supervision-proposal} (bpmn/supervision-proposal.bpmn): a campaign proposed to a
 * commune's Front committee from recurring petitions on one subject; its key, element ids and variables.
 * The campaign's own facts travel under {@link SupervisionCampaignProcess}'s names.
 */
final class SupervisionProposalProcess {

    static final String KEY = "supervision-proposal";

    static final String TASK_REVIEW = "UserTaskReviewProposal";

    /** The Front committee that reviews the proposal (candidate group). */
    static final String PROPOSAL_UNIT = "proposalUnit";
    /** The unit that runs the campaign if planned; the review form may change it. */
    static final String SUPERVISING_UNIT = "supervisingUnit";
    static final String COMMUNE_CODE = "communeCode";
    static final String COMMUNE_NAME = "communeName";
    static final String SUBJECT_AREA = "subjectArea";
    static final String SUBJECT_AREA_LABEL = "subjectAreaLabel";
    static final String QUARTER = "quarter";
    static final String CASE_COUNT = "caseCount";
    static final String CASE_IDS_TEXT = "caseIdsText";
    /** PLAN, or anything else to decline (the gateway's condition). */
    static final String DECISION = "proposalDecision";
    /** Set by the planning step: the campaign it started. */
    static final String CAMPAIGN_PLANNED = "plannedCampaignId";

    private SupervisionProposalProcess() {
    }
}
