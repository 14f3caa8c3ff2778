package vn.danvan.criticism;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One change of a criticism: columns to set, a history note, and what its event says beyond the record. */
final class CriticismChange {

    private final String action;
    private final Map<String, Object> columns = new LinkedHashMap<>();
    private String note;
    private Opinion opinion;
    private Instant dueAt;
    private String lateState;

    private CriticismChange(String action) {
        this.action = action;
    }

    /** @param action the history's name of the step (for event-bearing changes, the event type's last word) */
    static CriticismChange of(String action) {
        return new CriticismChange(action);
    }

    CriticismChange status(CriticismStatus status) {
        return set("status", status.name());
    }

    CriticismChange set(String column, Object value) {
        columns.put(column, value instanceof Instant instant ? java.sql.Timestamp.from(instant) : value);
        return this;
    }

    CriticismChange note(String text) {
        this.note = text;
        return this;
    }

    /** The change is about an organisation's opinion: its event names it, its unit, due date and lateness. */
    CriticismChange opinion(Opinion about) {
        this.opinion = about;
        this.dueAt = about.dueAt();
        this.lateState = about.lateState();
        return this;
    }

    CriticismChange due(Instant due, String late) {
        this.dueAt = due;
        this.lateState = late;
        return this;
    }

    String action() {
        return action;
    }

    Map<String, Object> columns() {
        return columns;
    }

    String note() {
        return note;
    }

    Opinion opinion() {
        return opinion;
    }

    Instant dueAt() {
        return dueAt;
    }

    String lateState() {
        return lateState;
    }
}
