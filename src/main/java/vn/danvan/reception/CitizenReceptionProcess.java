package vn.danvan.reception;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The process {@code citizen-reception} (bpmn/citizen-reception.bpmn, one per reception day:
 * attendance, then each citizen received): its key, element ids and variables. The days come from
 * {@link CitizenReceptionGeneratorProcess}.
 */
final class CitizenReceptionProcess {

    static final String KEY = "citizen-reception";

    static final String TASK_HOLD = "UserTaskHoldReception";
    static final String TASK_RECORD_CITIZEN = "UserTaskRecordCitizen";
    static final String END_NOT_HELD = "EndEventReceptionNotHeld";
    static final String END_RECORDED = "EndEventReceptionRecorded";

    static final String DAY_ID = "receptionDayId";
    static final String UNIT_CODE = "unitCode";
    static final String LEADER_USER_ID = "leaderUserId";
    static final String LEADER_TITLE = "leaderTitle";
    static final String PLACE = "place";
    static final String RECEPTION_DATE_TEXT = "receptionDateText";
    /** When the day's register is due: the end of the next working day (a practice, "check"). */
    static final String REGISTER_DUE = "registerDue";

    // the attendance form
    static final String HELD = "held";
    static final String NOT_HELD_REASON = "notHeldReason";
    static final String RECEIVED_BY = "receivedBy";
    static final String START_TIME = "startTime";
    static final String END_TIME = "endTime";
    static final String CITIZENS_CAME = "citizensCame";
    /** Set by the attendance step for the gateway: true when the day was held. */
    static final String RECEPTION_HELD = "receptionHeld";

    // the citizen form (personal fields leave the process in the step that stores them)
    static final String CITIZEN_NAME = "citizenName";
    static final String CITIZEN_PHONE = "citizenPhone";
    static final String CITIZEN_ADDRESS = "citizenAddress";
    static final String CITIZEN_CONTENT = "citizenContent";
    static final String OUTCOME = "outcome";
    static final String ANSWER = "answer";
    static final String GUIDED_TO = "guidedTo";
    static final String PETITION_SUBJECT = "petitionSubject";
    static final String PETITION_UNIT_CODE = "petitionUnitCode";
    static final String ANOTHER_CITIZEN = "anotherCitizen";
    /** How many citizens are recorded so far (shown on the form). */
    static final String CITIZENS_RECORDED = "citizensRecorded";

    static final java.util.List<String> CITIZEN_FIELDS = java.util.List.of(CITIZEN_NAME, CITIZEN_PHONE, CITIZEN_ADDRESS,
            CITIZEN_CONTENT, OUTCOME, ANSWER, GUIDED_TO, PETITION_SUBJECT, PETITION_UNIT_CODE);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    /** The day's id and business key: unit, the date the schedule names, schedule. */
    static String dayId(String unitCode, LocalDate scheduledDate, long scheduleId) {
        return "RECEPTION-" + unitCode.toUpperCase(Locale.ROOT) + "-" + scheduledDate.format(COMPACT) + "-" + scheduleId;
    }

    static String scheduleKey(long scheduleId) {
        return "RECEPTION-SCHEDULE-" + scheduleId;
    }

    static String shown(LocalDate date) {
        return date.format(SHOWN);
    }

    private CitizenReceptionProcess() {
    }
}
