package vn.danvan.messaging.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The data of every {@code vn.danvan.criticism.*} event on {@code danvan.criticisms}, keyed by
 * criticism id. No text an officer, an organisation or an expert wrote travels in it.
 *
 * @param criticismId       the criticism (e.g. CRITICISM-MTTQHUYEN-2026-01)
 * @param unitCode          the Front committee that criticises
 * @param status            the criticism's status after this change
 * @param title             the draft's title (a public document of the authority)
 * @param authority         the authority that drafted it, as printed
 * @param authorityUnitCode the authority's unit, when it is one of the unit table
 * @param form              CONFERENCE, WRITTEN or COUNCIL, once chosen
 * @param opinionId         for opinion events: the organisation's opinion (…-Y01)
 * @param opinionUnitCode   for opinion events: the organisation asked
 * @param dueAt             the due date the change announces (an opinion, the authority's response)
 * @param lateState         ON_TIME, LATE, VERY_LATE
 * @param response          ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED, NONE (responded events)
 * @param sequence          position of this change in the criticism's history
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriticismEventData(
        String criticismId,
        String unitCode,
        String status,
        String title,
        String authority,
        String authorityUnitCode,
        String form,
        String opinionId,
        String opinionUnitCode,
        Instant dueAt,
        String lateState,
        String response,
        String actor,
        long sequence) {
}
