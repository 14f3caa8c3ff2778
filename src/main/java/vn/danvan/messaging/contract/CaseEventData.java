package vn.danvan.messaging.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The data of every {@code vn.danvan.case.*} event on {@code danvan.cases}. It carries ids, codes
 * and dates only: no petitioner's name, phone or address, and no free text a citizen wrote.
 *
 * @param level       the level that holds the case after this change (COMMUNE, DISTRICT, COMMITTEE)
 * @param unitCode    the unit that holds the case after this change
 * @param originUnitCode the commune that received the case
 * @param status      the case status after this change
 * @param dueAt       when the current step is due, if it is timed
 * @param targetLevel where a forwarded or returned case goes
 * @param targetUnitCode which unit a forwarded or returned case goes to
 * @param fromLevel   the level that held the case before this change
 * @param fromUnitCode the unit that held the case before this change
 * @param lateState   ON_TIME, LATE (past the current step's due date) or VERY_LATE
 * @param outcome     a resolution's outcome (UPHELD, REFUSED, DUPLICATE, ...)
 * @param actor       the officer who made the change, or "system" for timers and intake
 * @param sequence    position of this change in the case's timeline, for ordering by consumers
 * @param rating      the citizen's rating of the closed case (1-5), once given
 * @param firstInstanceCaseId  on the steps of a second-instance complaint (received, accepted,
 *                    dialogue-held, refused, resolved, closed): the first-instance case it reviews
 * @param secondInstanceCaseId on a first-instance case's {@code second-instance-requested} and
 *                    {@code second-instance-concluded}: its second-instance case (absent when the second
 *                    instance lies outside danvan)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseEventData(
        String caseId,
        String trackingCode,
        String level,
        String unitCode,
        String originUnitCode,
        String status,
        String type,
        String subjectArea,
        Instant receivedAt,
        Instant dueAt,
        String lateState,
        String channel,
        String sourceEventId,
        String targetLevel,
        String targetUnitCode,
        String fromLevel,
        String fromUnitCode,
        String outcome,
        String actor,
        long sequence,
        Integer rating,
        String firstInstanceCaseId,
        String secondInstanceCaseId) {

    /** A change that concerns no second instance. */
    public CaseEventData(String caseId, String trackingCode, String level, String unitCode, String originUnitCode,
            String status, String type, String subjectArea, Instant receivedAt, Instant dueAt, String lateState,
            String channel, String sourceEventId, String targetLevel, String targetUnitCode, String fromLevel,
            String fromUnitCode, String outcome, String actor, long sequence, Integer rating) {
        this(caseId, trackingCode, level, unitCode, originUnitCode, status, type, subjectArea, receivedAt, dueAt,
                lateState, channel, sourceEventId, targetLevel, targetUnitCode, fromLevel, fromUnitCode, outcome, actor,
                sequence, rating, null, null);
    }
}
