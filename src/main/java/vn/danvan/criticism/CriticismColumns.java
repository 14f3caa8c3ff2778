package vn.danvan.criticism;

import java.time.Instant;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.record.Column;

/** The columns of {@code criticism} that a {@link CriticismChange} sets, with the types of their values. */
final class CriticismColumns {

    static final Column<CriticismStatus> STATUS = Column.enumerated("status", CriticismStatus.class);
    static final Column<CriticismForm> FORM = Column.enumerated("form", CriticismForm.class);
    static final Column<String> FORM_NOTE = Column.text("form_note");
    static final Column<String> FORM_RECORD = Column.text("form_record");
    static final Column<String> SUMMARY = Column.text("summary");
    static final Column<String> RECOMMENDATIONS = Column.text("recommendations");
    static final Column<Instant> ISSUED_AT = Column.instant("issued_at");
    static final Column<Instant> RESPONSE_DUE_AT = Column.instant("response_due_at");
    static final Column<Lateness> LATE_STATE = Column.enumerated("late_state", Lateness.class);
    static final Column<CriticismResponse> RESPONSE = Column.enumerated("response", CriticismResponse.class);
    static final Column<String> RESPONSE_REFERENCE = Column.text("response_reference");
    static final Column<String> RESPONSE_TEXT = Column.text("response_text");
    static final Column<Instant> RESPONDED_AT = Column.instant("responded_at");
    static final Column<Instant> CLOSED_AT = Column.instant("closed_at");

    private CriticismColumns() {
    }
}
