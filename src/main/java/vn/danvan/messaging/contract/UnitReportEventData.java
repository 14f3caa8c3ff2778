package vn.danvan.messaging.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The data of every {@code vn.danvan.unit-report.*} event on {@code danvan.unit-reports}, keyed by
 * period id. The figures and the officers' words (a return's reason, a reopening's) are not in it:
 * they are read over REST by those who may see them.
 *
 * @param periodId   the reporting period: 2026-H1, 2026-H2 or 2026
 * @param periodState OPEN or CLOSED after this change
 * @param reportId   for a unit's report: {@code <period>-<unit>}
 * @param unitCode   for a unit's report: the reporting unit
 * @param state      for a unit's report: REQUESTED, SUBMITTED, RETURNED, ACCEPTED
 * @param dueAt      for a unit's report: its due date
 * @param lateState  for a unit's report: ON_TIME, LATE, VERY_LATE
 * @param sequence   position of this change in the period's history
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitReportEventData(
        String periodId,
        String periodState,
        String reportId,
        String unitCode,
        String state,
        Instant dueAt,
        String lateState,
        String actor,
        long sequence) {
}
