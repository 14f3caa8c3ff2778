package vn.danvan.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import vn.danvan.messaging.contract.Lateness;

/**
 * The written answer a question gets when the conference did not answer it on the spot: the unit
 * that answers, by when, and once recorded the answering document. {@code late} is true when the
 * answer came (or is still awaited) after its due date.
 */
public record WrittenAnswer(String unitCode, String unitName, Instant dueAt, String state, String lateState,
        boolean late, String content, String documentNumber, LocalDate documentDate, String answeredBy,
        String recordedBy, Instant answeredAt) {

    static WrittenAnswer map(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
        String unit = rs.getString(prefix + "unit_code");
        if (unit == null) {
            return null;
        }
        String lateState = rs.getString(prefix + "late_state");
        return new WrittenAnswer(unit, rs.getString(prefix + "unit_name"), Conferences.instant(rs, prefix + "due_at"),
                rs.getString(prefix + "state"), lateState, !Lateness.ON_TIME.name().equals(lateState), rs.getString(prefix + "content"),
                rs.getString(prefix + "document_number"), rs.getObject(prefix + "document_date", LocalDate.class),
                rs.getString(prefix + "answered_by"), rs.getString(prefix + "recorded_by"),
                Conferences.instant(rs, prefix + "answered_at"));
    }
}
