package vn.danvan.messaging.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;

/**
 * Where a kind of record lives and what its changes write: its table (with {@code last_sequence}
 * and {@code updated_at}), its timeline table, the columns of a timeline entry beyond the common
 * ones, and the data of its events. A module describes its record once and hands it to
 * {@link RecordLedgers#of}.
 *
 * @param <R> the record as the module reads it
 * @param <C> the module's change type
 * @param <D> the data of the record's events
 */
public final class RecordTable<R, C extends RecordChange<C>, D> {

    final String table;
    final String idColumn;
    final String columns;
    final RowMapper<R> mapper;
    final Function<String, ? extends RuntimeException> notFound;
    final String timeline;
    final Map<String, Function<Applied<R, C>, Object>> timelineColumns = new LinkedHashMap<>();
    String eventIdColumn;
    boolean everyEntrySequenced;
    Function<Applied<R, C>, D> eventData = applied -> {
        throw new IllegalStateException(applied.id() + ": no event data defined");
    };

    private RecordTable(String table, String idColumn, String columns, RowMapper<R> mapper,
            Function<String, ? extends RuntimeException> notFound, String timeline) {
        this.table = Objects.requireNonNull(table);
        this.idColumn = Objects.requireNonNull(idColumn);
        this.columns = Objects.requireNonNull(columns);
        this.mapper = Objects.requireNonNull(mapper);
        this.notFound = Objects.requireNonNull(notFound);
        this.timeline = Objects.requireNonNull(timeline);
    }

    /**
     * @param columns  the columns {@code mapper} reads, as in a SELECT list
     * @param notFound the exception for an id that names no record
     * @param timeline the table of the record's timeline: its id column, sequence, at, action, actor, note
     */
    public static <R, C extends RecordChange<C>, D> RecordTable<R, C, D> of(String table, String idColumn,
            String columns, RowMapper<R> mapper, Function<String, ? extends RuntimeException> notFound,
            String timeline) {
        return new RecordTable<>(table, idColumn, columns, mapper, notFound, timeline);
    }

    /** A further column of a timeline entry, from the change as applied. */
    public RecordTable<R, C, D> timelineColumn(String column, Function<Applied<R, C>, Object> value) {
        timelineColumns.put(column, value);
        return this;
    }

    /** The timeline entry names the CloudEvents id of its event in this column. */
    public RecordTable<R, C, D> eventIdIn(String column) {
        this.eventIdColumn = column;
        return this;
    }

    /** Every entry takes a sequence number, also those without an event (the events' numbers may skip). */
    public RecordTable<R, C, D> everyEntrySequenced() {
        this.everyEntrySequenced = true;
        return this;
    }

    public RecordTable<R, C, D> eventData(Function<Applied<R, C>, D> data) {
        this.eventData = data;
        return this;
    }

    /**
     * A change as applied, for its event and its timeline entry.
     *
     * @param sequence the entry's number in the record's order, null for an unnumbered entry
     */
    public record Applied<R, C>(String id, R before, R after, Integer sequence, String actor, C change) {
    }
}
