package vn.danvan.messaging.record;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.messaging.contract.Lateness;

/**
 * One change of a record (a case, a conference, a campaign, a criticism): the typed columns it
 * sets, the note of its timeline entry, and what its event says beyond the row. A module's change
 * type extends this with what only its events carry; {@link RecordLedger} applies it.
 *
 * @param <C> the module's change type, so that the setters chain
 */
public abstract class RecordChange<C extends RecordChange<C>> {

    private final Map<String, Object> columns = new LinkedHashMap<>();
    private String action;
    private String note;
    private String itemId;
    private Instant dueAt;
    private Lateness lateness;
    private boolean sequenced;

    /** @param action the timeline's name of the step; null: the event type's last word */
    protected RecordChange(String action) {
        this.action = action;
    }

    /** Names the step in the timeline (when the module names its steps apart from its event types). */
    public C action(String name) {
        this.action = name;
        return self();
    }

    public <T> C set(Column<T> column, T value) {
        columns.put(column.name(), column.toSql(value));
        return self();
    }

    public C note(String text) {
        this.note = text;
        return self();
    }

    /**
     * The change takes the record's next sequence number even without an event of its own (a
     * document issued: the document's event carries the number).
     */
    public C sequenced() {
        this.sequenced = true;
        return self();
    }

    /** The part of the record the change is about (a question, commitment, recommendation, opinion). */
    protected C item(String id) {
        this.itemId = id;
        return self();
    }

    /** The due date and lateness the event reports of that part. */
    public C due(Instant due, Lateness late) {
        this.dueAt = due;
        this.lateness = late;
        return self();
    }

    @SuppressWarnings("unchecked")
    private C self() {
        return (C) this;
    }

    String action() {
        return action;
    }

    Map<String, Object> columns() {
        return Collections.unmodifiableMap(columns);
    }

    boolean isSequenced() {
        return sequenced;
    }

    public String note() {
        return note;
    }

    public String itemId() {
        return itemId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Lateness lateness() {
        return lateness;
    }

    /** The lateness as the event carries it. */
    public String lateState() {
        return Lateness.nameOf(lateness);
    }
}
