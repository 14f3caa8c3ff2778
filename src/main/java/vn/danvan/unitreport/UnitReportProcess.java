package vn.danvan.unitreport;

/**
 * The process {@code unit-report} (bpmn/unit-report.bpmn): one reporting period. The commission opens it
 * (REST or the Tasklist start form), the multi-instance call activity starts one {@code unit-report-filing}
 * per reporting unit, and the period's process ends when every report is accepted. Business key: the
 * period id (2026-H1).
 */
final class UnitReportProcess {

    static final String KEY = "unit-report";

    static final String START_EVENT = "StartEventPeriodOpened";
    static final String SERVICE_TASK_OPEN_PERIOD = "ServiceTaskOpenPeriod";
    static final String CALL_ACTIVITY_UNIT_REPORTS = "CallActivityUnitReports";
    static final String SERVICE_TASK_COMPLETE_PERIOD = "ServiceTaskCompletePeriod";
    static final String END_EVENT_ALL_ACCEPTED = "EndEventAllReportsAccepted";

    /** The period as the start form or REST gives it: 2026-H1, 2026-H2, 2026. */
    static final String PERIOD = "period";
    /** The period id once opened (also the business key). */
    static final String PERIOD_ID = "periodId";
    /** The element variable of the call activity: the unit that reports. */
    static final String UNIT_CODE = "unitCode";

    private UnitReportProcess() {
    }
}
