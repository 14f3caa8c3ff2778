package vn.danvan.messaging.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The data of every {@code vn.danvan.reception.*} event on {@code danvan.receptions}, keyed by
 * reception day id (a schedule's events by {@code RECEPTION-SCHEDULE-<id>}). Ids, codes, dates and
 * counts only: no citizen's name, no text an officer or citizen wrote.
 *
 * @param dayId          the reception day (e.g. RECEPTION-HIEPAN-20261203-7); absent on schedule events
 * @param scheduleId     the schedule it comes from
 * @param unitCode       the leader's unit
 * @param leaderRole     COMMUNE_CHAIR, COMMUNE_PARTY_SECRETARY, DISTRICT_CHAIR, OTHER_LEADER
 * @param leaderUserId   the leader's user id
 * @param scheduledDate  the date the schedule names
 * @param receptionDate  the day it is held: the scheduled date, or the next working day when that is a day off
 * @param status         SCHEDULED, HELD, NOT_HELD, RECORDED (schedule events: ACTIVE or INACTIVE)
 * @param citizens       citizens recorded so far on the day
 * @param petitions      petitions taken so far on the day
 * @param outcome        for citizen-received: ANSWERED, PETITION_TAKEN, GUIDED
 * @param caseId         for citizen-received with a petition taken: the case it became
 * @param sequence       position of this change in the day's (or schedule's) history, 1..n
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReceptionEventData(
        String dayId,
        long scheduleId,
        String unitCode,
        String leaderRole,
        String leaderUserId,
        LocalDate scheduledDate,
        LocalDate receptionDate,
        String status,
        Integer citizens,
        Integer petitions,
        String outcome,
        String caseId,
        String actor,
        long sequence) {
}
