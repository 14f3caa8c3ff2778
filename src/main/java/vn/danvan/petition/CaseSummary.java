package vn.danvan.petition;

import java.time.Instant;

/** One line of a case search: enough to recognise a case, nothing more. */
record CaseSummary(String caseId, String subject, String status, String statusLabel, String unitCode,
        Instant receivedAt) {
}
