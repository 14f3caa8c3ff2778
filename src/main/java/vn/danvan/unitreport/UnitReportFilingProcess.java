package vn.danvan.unitreport;

/**
 * The process {@code unit-report-filing} (bpmn/unit-report-filing.bpmn): one unit's report in a period.
 * The unit reports by its due date (a timed step: reminded, escalated, very late), the commission
 * reviews it, and a returned report goes back to the unit for correction. Its own process so that each
 * unit's timed step has its own reminders and escalations. Business key: the report id.
 */
final class UnitReportFilingProcess {

    static final String KEY = "unit-report-filing";

    static final String TASK_SUBMIT = "UserTaskSubmitUnitReport";
    static final String TASK_REVIEW = "UserTaskReviewUnitReport";
    static final String TASK_FOLLOW_UP_LATE = "UserTaskFollowUpLateSubmitUnitReport";
    static final String TASK_FOLLOW_UP_VERY_LATE = "UserTaskFollowUpVeryLateSubmitUnitReport";
    static final String SUB_PROCESS_SUBMIT = "SubProcessSubmitUnitReport";
    static final String END_EVENT_ACCEPTED = "EndEventReportAccepted";

    static final String REPORT_ID = "reportId";
    static final String PERIOD_ID = UnitReportProcess.PERIOD_ID;
    static final String UNIT_CODE = UnitReportProcess.UNIT_CODE;
    /** The unit's name and the period, shown on the forms. */
    static final String UNIT_NAME = "unitName";
    /** The commission's reason when it returned the report, shown on the unit's form. */
    static final String RETURN_REASON = "returnReason";
    /** The review: ACCEPT or RETURN. */
    static final String REVIEW_DECISION = "reviewDecision";
    static final String ACCEPT = "ACCEPT";
    static final String RETURN = "RETURN";

    private UnitReportFilingProcess() {
    }
}
