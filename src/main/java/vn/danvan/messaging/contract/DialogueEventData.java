package vn.danvan.messaging.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The data of every {@code vn.danvan.dialogue.*} event on {@code danvan.dialogues}, keyed by
 * conference id. Ids, codes, dates and the conference's public title only: no citizen's name.
 *
 * @param conferenceId  the conference (e.g. DIALOGUE-HIEPAN-2026-01)
 * @param unitCode      the unit that holds the conference
 * @param level         COMMUNE, DISTRICT, COMMITTEE
 * @param status        the conference's status after this change
 * @param title         the themes as announced
 * @param plannedDate   the conference date
 * @param questionId    for question events
 * @param commitmentId  for commitment events
 * @param ownerUnitCode the unit that owns a commitment, or that answers a question in writing
 * @param dueAt         a commitment's due date, or a written answer's
 * @param lateState     ON_TIME, LATE, VERY_LATE for overdue commitments and written answers
 * @param caseIds       petition cases linked to the question or commitment
 * @param sequence      position of this change in the conference's history
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DialogueEventData(
        String conferenceId,
        String unitCode,
        String level,
        String status,
        String title,
        LocalDate plannedDate,
        Instant heldAt,
        String questionId,
        String commitmentId,
        String ownerUnitCode,
        Instant dueAt,
        String lateState,
        List<String> caseIds,
        String actor,
        long sequence) {
}
