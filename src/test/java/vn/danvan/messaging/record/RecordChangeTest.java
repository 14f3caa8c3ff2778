package vn.danvan.messaging.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danvan.messaging.contract.Lateness;

/** A change names typed columns and keeps their SQL values in order; the ledger writes what it holds. */
class RecordChangeTest {

    private static final Column<Lateness> LATE_STATE = Column.enumerated("late_state", Lateness.class);
    private static final Column<Instant> DUE_AT = Column.instant("due_at");
    private static final Column<LocalDate> RECEIVED_ON = Column.date("received_on");
    private static final Column<String> NOTE = Column.text("approval_note");

    /** The smallest change a module could write. */
    private static final class TestChange extends RecordChange<TestChange> {
        TestChange(String action) {
            super(action);
        }

        TestChange about(String itemId) {
            return item(itemId);
        }
    }

    @Test
    void valuesAreStoredInTheirSqlFormInTheOrderSet() {
        Instant due = Instant.parse("2026-12-01T03:00:00Z");
        TestChange change = new TestChange("overdue").set(LATE_STATE, Lateness.VERY_LATE).set(DUE_AT, due)
                .set(RECEIVED_ON, LocalDate.of(2026, 11, 30)).set(NOTE, null);

        assertThat(change.columns()).containsExactly(
                entry("late_state", "VERY_LATE"),
                entry("due_at", Timestamp.from(due)),
                entry("received_on", java.sql.Date.valueOf(LocalDate.of(2026, 11, 30))),
                entry("approval_note", null));
    }

    @Test
    void aColumnSetTwiceKeepsTheLastValue() {
        TestChange change = new TestChange(null).set(LATE_STATE, Lateness.LATE).set(LATE_STATE, Lateness.ON_TIME);

        assertThat(change.columns()).containsExactly(entry("late_state", "ON_TIME"));
    }

    @Test
    void theEventSeesTheItemItsDueDateAndItsLatenessByName() {
        Instant due = Instant.parse("2026-12-10T10:00:00Z");
        TestChange change = new TestChange("reminded").about("K1").due(due, Lateness.ON_TIME).note("Sắp đến hạn");

        assertThat(change.itemId()).isEqualTo("K1");
        assertThat(change.dueAt()).isEqualTo(due);
        assertThat(change.lateState()).isEqualTo("ON_TIME");
        assertThat(change.note()).isEqualTo("Sắp đến hạn");
        assertThat(change.action()).isEqualTo("reminded");
        assertThat(change.isSequenced()).isFalse();
        assertThat(change.sequenced().isSequenced()).isTrue();
    }

    @Test
    void noLatenessIsPublishedAsAbsent() {
        assertThat(new TestChange("x").lateState()).isNull();
        assertThat(new TestChange("x").action("y").action()).isEqualTo("y");
    }

    @Test
    void anEscalationDeclaresLateThenVeryLate() {
        assertThat(Lateness.escalated(1)).isEqualTo(Lateness.LATE);
        assertThat(Lateness.escalated(2)).isEqualTo(Lateness.VERY_LATE);
        assertThat(Lateness.isLate("LATE")).isTrue();
        assertThat(Lateness.isLate("VERY_LATE")).isTrue();
        assertThat(Lateness.isLate("ON_TIME")).isFalse();
        assertThat(Lateness.isLate("DUE_SOON")).isFalse();
        assertThat(Lateness.isLate((String) null)).isFalse();
        assertThat(Lateness.of(null)).isNull();
        assertThat(Lateness.of("VERY_LATE")).isEqualTo(Lateness.VERY_LATE);
    }
}
