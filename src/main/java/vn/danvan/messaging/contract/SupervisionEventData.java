package vn.danvan.messaging.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The data of every {@code vn.danvan.supervision.*} event on {@code danvan.supervisions}, keyed by
 * campaign id.
 *
 * @param campaignId         the campaign (e.g. SUPERVISION-MTTQHUYEN-2026-01)
 * @param unitCode           the Front or organisation unit that supervises
 * @param year               the programme year
 * @param plannedQuarter     1 to 4
 * @param status             the campaign's status after this change
 * @param subject            what is supervised (public programme text)
 * @param supervisedBody     the body supervised
 * @param recommendationId   for recommendation events
 * @param response           ACCEPTED, PARTLY_ACCEPTED, REJECTED (answered events)
 * @param judgement          SATISFACTORY, UNSATISFACTORY (after the unit judged an answer)
 * @param dueAt              a recommendation's answer due date
 * @param caseIds            petition cases that led to the campaign
 * @param sequence           position of this change in the campaign's history
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupervisionEventData(
        String campaignId,
        String unitCode,
        Integer year,
        Integer plannedQuarter,
        String status,
        String subject,
        String supervisedBody,
        String recommendationId,
        String response,
        String judgement,
        Instant dueAt,
        String lateState,
        List<String> caseIds,
        String actor,
        long sequence) {
}
