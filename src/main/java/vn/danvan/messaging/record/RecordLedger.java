package vn.danvan.messaging.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.messaging.DomainEvents;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.record.RecordTable.Applied;

/**
 * The one way a record changes: the row is locked, the change applied, the sequence bumped, the
 * change appended to the timeline and its event published through the outbox, all in the caller's
 * transaction (the engine's, when a process step calls it: the module's service that calls it
 * demands one). An event's {@code sequence} is its
 * entry's, so consumers order a record's events by it.
 */
public final class RecordLedger<R, C extends RecordChange<C>, D> {

    private final JdbcClient jdbc;
    private final DomainEvents events;
    private final RecordTable<R, C, D> table;
    private final String lock;
    private final String timelineInsert;

    RecordLedger(JdbcClient jdbc, DomainEvents events, RecordTable<R, C, D> table) {
        this.jdbc = jdbc;
        this.events = events;
        this.table = table;
        this.lock = "SELECT last_sequence, " + table.columns + " FROM " + table.table + " WHERE " + table.idColumn
                + " = ? FOR UPDATE";
        List<String> columns = new ArrayList<>(List.of(table.idColumn, "sequence", "at", "action", "actor", "note"));
        columns.addAll(table.timelineColumns.keySet());
        if (table.eventIdColumn != null) {
            columns.add(table.eventIdColumn);
        }
        this.timelineInsert = "INSERT INTO " + table.timeline + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Applies a change, appends it to the timeline and, when {@code type} is not null, publishes its
     * event. Without an event the entry is numbered only if the change is {@link RecordChange#sequenced()}
     * or the table numbers every entry.
     */
    public Recorded<R, D> change(String id, EventType type, String actor, C change) {
        String action = change.action() != null ? change.action() : lastWord(type);
        Locked<R> before = jdbc.sql(lock).param(id).query((rs, row) -> locked(rs, row)).optional()
                .orElseThrow(() -> table.notFound.apply(id));
        Integer sequence = type != null || change.isSequenced() || table.everyEntrySequenced
                ? before.lastSequence() + 1 : null;
        Timestamp now = Timestamp.from(now());
        Map<String, Object> columns = change.columns();
        List<Object> values = new ArrayList<>(columns.values());
        values.addAll(List.of(now, sequence == null ? before.lastSequence() : sequence, id));
        // the row as changed comes back with the update: one statement, not an update and a read
        R after = jdbc.sql("UPDATE " + table.table + " SET "
                + columns.keySet().stream().map(column -> column + " = ?, ").collect(Collectors.joining())
                + "updated_at = ?, last_sequence = ? WHERE " + table.idColumn + " = ? RETURNING " + table.columns)
                .params(values).query(table.mapper).single();
        Applied<R, C> applied = new Applied<>(id, before.row(), after, sequence, actor, change);
        D data = type == null ? null : table.eventData.apply(applied);
        // the timeline names its event: documents derive their ids from it (docs/documents.md)
        String eventId = data == null ? null : events.publish(type, id, data);
        List<Object> entry = new ArrayList<>(List.of(id));
        entry.addAll(java.util.Arrays.asList(sequence, now, action, actor, change.note()));
        for (Function<Applied<R, C>, Object> column : table.timelineColumns.values()) {
            entry.add(column.apply(applied));
        }
        if (table.eventIdColumn != null) {
            entry.add(eventId);
        }
        jdbc.sql(timelineInsert).params(entry).update();
        return new Recorded<>(after, sequence, data);
    }

    /** The engine's clock, so that tests that move it see consistent times. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private Locked<R> locked(ResultSet rs, int row) throws SQLException {
        return new Locked<>(rs.getInt("last_sequence"), table.mapper.mapRow(rs, row));
    }

    private static String lastWord(EventType type) {
        if (type == null) {
            throw new IllegalArgumentException("A change without an event needs an action");
        }
        return type.type().substring(type.type().lastIndexOf('.') + 1);
    }

    private record Locked<R>(int lastSequence, R row) {
    }

    /**
     * What a change left: the record after it, its entry's sequence (null if unnumbered) and its
     * event's data (null without an event).
     */
    public record Recorded<R, D>(R after, Integer sequence, D data) {
    }
}
