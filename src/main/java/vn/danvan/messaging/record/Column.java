package vn.danvan.messaging.record;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * A column of a record's table with the Java type of its values. Changes name columns by these
 * constants, so that the SQL name is written once (beside the module's SELECT) and a value of the
 * wrong type does not compile; the value is turned into its SQL form here, at the edge.
 *
 * @param <T> the type of the values a change sets
 */
public final class Column<T> {

    private final String name;
    private final Function<T, Object> toSql;

    private Column(String name, Function<T, Object> toSql) {
        this.name = name;
        this.toSql = toSql;
    }

    public static Column<String> text(String name) {
        return new Column<>(name, value -> value);
    }

    public static Column<Integer> number(String name) {
        return new Column<>(name, value -> value);
    }

    public static Column<Boolean> flag(String name) {
        return new Column<>(name, value -> value);
    }

    /** A timestamp column; instants are stored in UTC. */
    public static Column<Instant> instant(String name) {
        return new Column<>(name, Timestamp::from);
    }

    public static Column<LocalDate> date(String name) {
        return new Column<>(name, java.sql.Date::valueOf);
    }

    /** A text column that holds an enum's name (a status, a lateness). */
    public static <E extends Enum<E>> Column<E> enumerated(String name, Class<E> type) {
        return new Column<>(name, Enum::name);
    }

    public String name() {
        return name;
    }

    Object toSql(T value) {
        return value == null ? null : toSql.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
