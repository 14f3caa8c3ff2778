package vn.danvan.dialogue;

import java.time.Instant;
import vn.danvan.messaging.record.Column;

/** The columns of {@code dialogue_conference} that a {@link ConferenceChange} sets, with the types of their values. */
final class ConferenceColumns {

    static final Column<ConferenceStatus> STATUS = Column.enumerated("status", ConferenceStatus.class);
    static final Column<String> APPROVAL_NOTE = Column.text("approval_note");
    static final Column<Instant> HELD_AT = Column.instant("held_at");
    static final Column<Integer> ATTENDANCE = Column.number("attendance");
    static final Column<String> MINUTES = Column.text("minutes");
    static final Column<String> CONCLUSION = Column.text("conclusion");
    static final Column<String> NOTICE_NUMBER = Column.text("notice_number");

    private ConferenceColumns() {
    }
}
