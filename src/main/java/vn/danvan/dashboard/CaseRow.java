package vn.danvan.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.danvan.platform.engine.StepSupport;

/** A case in the read model: the latest event's facts plus what the case's whole history says. */
record CaseRow(String caseId, String trackingCode, String originUnit, String currentLevel, String currentUnit,
        String status, String state, String caseType, String subjectArea, String channel, String outcome,
        Instant receivedAt, Instant dueAt, Instant classifiedAt, Instant acceptedAt,
        Instant resolvedAt, Instant closedAt, int escalations, long lastSequence,
        /** the commune handled it against the routing table's suggestion (with a reason on the timeline) */
        boolean againstTable) {

    static final ZoneId VIETNAM = StepSupport.VIETNAM;

    LocalDate receivedMonth() {
        return month(receivedAt);
    }

    boolean closed() {
        return "CLOSED".equals(state);
    }

    /** A closed case answered in time: never escalated. */
    boolean closedOnTime() {
        return closed() && escalations == 0;
    }

    static LocalDate month(Instant instant) {
        return instant.atZone(VIETNAM).toLocalDate().withDayOfMonth(1);
    }
}
