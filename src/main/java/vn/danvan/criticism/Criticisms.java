package vn.danvan.criticism;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.CriticismEventData;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.record.RecordLedger;
import vn.danvan.messaging.record.RecordLedgers;
import vn.danvan.messaging.record.RecordTable;
import vn.danvan.messaging.record.RecordTable.Applied;
import vn.danvan.organization.UnitScope;

/**
 * The criticism record and its history. Every change goes through {@link #change}, which hands it to
 * the criticism's {@link RecordLedger}: the row is locked and updated, the change appended to the
 * history and, for the changes the contract names, its {@code vn.danvan.criticism.*} event
 * published, all in the caller's transaction.
 */
@Service
class Criticisms {

    static final int LIST_LIMIT = 500;

    private static final String COLUMNS = """
            criticism_id, unit_code, year, title, authority_unit_code, authority_name, draft_reference, received_on,
                   requested_by, form, form_note, form_record, status, summary, recommendations, issued_at, response_due_at,
                   response, response_reference, response_text, responded_at, late_state, created_at, closed_at, last_sequence""";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM criticism";

    private final JdbcClient jdbc;
    private final RecordLedger<Criticism, CriticismChange, CriticismEventData> ledger;

    Criticisms(JdbcClient jdbc, RecordLedgers ledgers) {
        this.jdbc = jdbc;
        this.ledger = ledgers.of(RecordTable.<Criticism, CriticismChange, CriticismEventData>of("criticism",
                        "criticism_id", COLUMNS, Criticisms::map, CriticismNotFoundException::new, "criticism_history")
                .timelineColumn("opinion_id", applied -> applied.change().itemId())
                .eventData(Criticisms::eventData));
    }

    /** A draft as the Front received it. */
    record NewCriticism(String unitCode, String title, String authorityUnitCode, String authorityName,
            String draftReference, LocalDate receivedOn, LocalDate requestedBy) {
    }

    /** Registers a received draft (status RECEIVED) and publishes {@code received}. */
    @Transactional(propagation = Propagation.MANDATORY)
    Criticism register(NewCriticism c, String actor) {
        int year = c.receivedOn().getYear();
        int number = jdbc.sql("""
                INSERT INTO criticism_number (unit_code, year, last_value) VALUES (?, ?, 1)
                ON CONFLICT (unit_code, year) DO UPDATE SET last_value = criticism_number.last_value + 1
                RETURNING last_value""").params(c.unitCode(), year).query(Integer.class).single();
        String id = String.format(Locale.ROOT, "CRITICISM-%s-%d-%02d", c.unitCode().toUpperCase(Locale.ROOT), year, number);
        Timestamp now = now();
        jdbc.sql("""
                INSERT INTO criticism (criticism_id, unit_code, year, title, authority_unit_code, authority_name,
                    draft_reference, received_on, requested_by, status, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?)""")
                .params(id, c.unitCode(), year, c.title(), c.authorityUnitCode(), c.authorityName(), c.draftReference(),
                        java.sql.Date.valueOf(c.receivedOn()), c.requestedBy() == null ? null : java.sql.Date.valueOf(c.requestedBy()),
                        actor, now, now).update();
        change(id, EventType.CRITICISM_RECEIVED, actor, CriticismChange.of("received")
                .note("Dự thảo của " + c.authorityName() + ": " + c.draftReference()));
        return get(id);
    }

    /**
     * Applies a change, records it in the history and, when {@code type} is not null, publishes it
     * (event-bearing and {@code sequenced()} changes take a sequence number: a document issued
     * takes one for its own event).
     *
     * @return the criticism after the change
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Criticism change(String criticismId, EventType type, String actor, CriticismChange change) {
        return ledger.change(criticismId, type, actor, change).after();
    }

    /** An opinion's event reports the opinion's lateness; the criticism's own events report the criticism's. */
    private static CriticismEventData eventData(Applied<Criticism, CriticismChange> applied) {
        Criticism after = applied.after();
        CriticismChange change = applied.change();
        Opinion opinion = change.opinion();
        return new CriticismEventData(after.criticismId(), after.unitCode(), after.status().name(), after.title(),
                after.authorityName(), after.authorityUnitCode(), after.form(),
                opinion == null ? null : opinion.opinionId(), opinion == null ? null : opinion.unitCode(),
                change.dueAt(), change.lateState() != null ? change.lateState()
                        : opinion == null ? Lateness.nameOf(after.lateState()) : null,
                after.response(), applied.actor(), applied.sequence());
    }

    Optional<Criticism> find(String criticismId) {
        return jdbc.sql(SELECT + " WHERE criticism_id = ?").param(criticismId).query(Criticisms::map).optional();
    }

    Criticism get(String criticismId) {
        return find(criticismId).orElseThrow(() -> new CriticismNotFoundException(criticismId));
    }

    /** Criticisms of the units in scope, newest first (at most {@value #LIST_LIMIT}: filter by year for more). */
    List<Criticism> list(UnitScope scope, Integer year) {
        String where = " WHERE (:year::int IS NULL OR year = :year::int)" + (scope.isAll() ? "" : " AND unit_code IN (:units)");
        var query = jdbc.sql(SELECT + where + " ORDER BY created_at DESC, criticism_id DESC LIMIT " + LIST_LIMIT)
                .param("year", year);
        if (!scope.isAll()) {
            if (scope.units().isEmpty()) {
                return List.of();
            }
            query = query.param("units", scope.units());
        }
        return query.query(Criticisms::map).list();
    }

    record HistoryEntry(Integer sequence, Instant at, String action, String opinionId, String actor, String note) {
    }

    List<HistoryEntry> history(String criticismId) {
        return jdbc.sql("""
                SELECT sequence, at, action, opinion_id, actor, note FROM criticism_history
                WHERE criticism_id = ? ORDER BY id""").param(criticismId)
                .query((rs, row) -> new HistoryEntry((Integer) rs.getObject("sequence"), rs.getTimestamp("at").toInstant(),
                        rs.getString("action"), rs.getString("opinion_id"), rs.getString("actor"), rs.getString("note")))
                .list();
    }

    /** The engine's clock, so that tests that move it see consistent times. */
    static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Criticism map(ResultSet rs, int row) throws SQLException {
        return new Criticism(rs.getString("criticism_id"), rs.getString("unit_code"), rs.getInt("year"), rs.getString("title"),
                rs.getString("authority_unit_code"), rs.getString("authority_name"), rs.getString("draft_reference"),
                date(rs, "received_on"), date(rs, "requested_by"), rs.getString("form"), rs.getString("form_note"),
                rs.getString("form_record"), CriticismStatus.valueOf(rs.getString("status")), rs.getString("summary"),
                rs.getString("recommendations"), instant(rs, "issued_at"), instant(rs, "response_due_at"),
                rs.getString("response"), rs.getString("response_reference"), rs.getString("response_text"),
                instant(rs, "responded_at"), Lateness.of(rs.getString("late_state")), instant(rs, "created_at"),
                instant(rs, "closed_at"), rs.getInt("last_sequence"));
    }
}
