package vn.danvan.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.DialogueEventData;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.record.RecordLedger;
import vn.danvan.messaging.record.RecordLedgers;
import vn.danvan.messaging.record.RecordTable;
import vn.danvan.messaging.record.RecordTable.Applied;

/**
 * The conference record and its history. Every change goes through {@link #change}, which hands it
 * to the conference's {@link RecordLedger}: the row is locked and updated, the change is appended to
 * the history and, if it has an event type, its {@code vn.danvan.dialogue.*} event is published, all
 * in the caller's transaction.
 */
@Service
class Conferences {

    private static final String COLUMNS = """
            conference_id, unit_code, level, year, number, status, themes, planned_date, planned_time, place,
                   leaders, invited_groups, question_deadline, approver_group, held_at, attendance, minutes,
                   conclusion, notice_number, created_by, created_at, updated_at""";
    static final String SELECT = "SELECT " + COLUMNS + " FROM dialogue_conference";

    private final JdbcClient jdbc;
    private final RecordLedger<Conference, ConferenceChange, DialogueEventData> ledger;

    Conferences(JdbcClient jdbc, RecordLedgers ledgers) {
        this.jdbc = jdbc;
        // every history entry is numbered: steps without an event (the announcement) skip event numbers
        this.ledger = ledgers.of(RecordTable.<Conference, ConferenceChange, DialogueEventData>of("dialogue_conference",
                        "conference_id", COLUMNS, Conferences::map, ConferenceNotFoundException::new, "dialogue_history")
                .timelineColumn("item_id", applied -> applied.change().itemId())
                .everyEntrySequenced()
                .eventData(Conferences::eventData));
    }

    Optional<Conference> find(String conferenceId) {
        return jdbc.sql(SELECT + " WHERE conference_id = ?").param(conferenceId).query(Conferences::map).optional();
    }

    Conference get(String conferenceId) {
        return find(conferenceId).orElseThrow(() -> new ConferenceNotFoundException(conferenceId));
    }

    /** Conferences of the units in scope, newest first; optionally only those that discuss a case. */
    List<Conference> list(vn.danvan.organization.UnitScope scope, String caseId) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE true");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (!scope.isAll()) {
            sql.append(" AND unit_code IN (:units)");
            params.put("units", scope.units().isEmpty() ? List.of("") : scope.units());
        }
        if (caseId != null && !caseId.isBlank()) {
            sql.append(" AND conference_id IN (SELECT conference_id FROM dialogue_case_link WHERE case_id = :caseId)");
            params.put("caseId", caseId.strip());
        }
        sql.append(" ORDER BY planned_date DESC, conference_id LIMIT 200");
        return jdbc.sql(sql.toString()).params(params).query(Conferences::map).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Conference create(NewConference c, String actor) {
        // one number per unit and year: the row lock of the policy serialises two plans of one unit
        jdbc.sql("SELECT unit_code FROM dialogue_unit_policy WHERE unit_code = ? FOR UPDATE").param(c.unitCode())
                .query(String.class).optional();
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM dialogue_conference WHERE unit_code = ? AND year = ?")
                .params(c.unitCode(), c.plannedDate().getYear()).query(Integer.class).single();
        String id = "DIALOGUE-%s-%d-%02d".formatted(c.unitCode().toUpperCase(java.util.Locale.ROOT),
                c.plannedDate().getYear(), number);
        Timestamp now = now();
        jdbc.sql("""
                INSERT INTO dialogue_conference (conference_id, unit_code, level, year, number, status, themes,
                    planned_date, planned_time, place, leaders, invited_groups, question_deadline, approver_group,
                    created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, c.unitCode(), c.level(), c.plannedDate().getYear(), number, c.themes(), c.plannedDate(),
                        c.plannedTime(), c.place(), c.leaders(), c.invitedGroups(), c.questionDeadline(),
                        c.approverGroup(), actor, now, now)
                .update();
        change(id, null, "drafted", actor, ConferenceChange.keep().note("Lập kế hoạch hội nghị: " + c.themes()));
        return get(id);
    }

    /**
     * Applies a change, appends it to the history and publishes its event (none when {@code type} is
     * null: steps such as the announcement have no event of their own, so the events' sequence may
     * skip their numbers).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    DialogueEventData change(String conferenceId, EventType type, String action, String actor, ConferenceChange change) {
        return ledger.change(conferenceId, type, actor, change.action(action)).data();
    }

    /** Appends a step to the history (and applies its change); @return its sequence number. */
    @Transactional(propagation = Propagation.MANDATORY)
    int record(String conferenceId, String action, String actor, ConferenceChange change) {
        return ledger.change(conferenceId, null, actor, change.action(action)).sequence();
    }

    private static DialogueEventData eventData(Applied<Conference, ConferenceChange> applied) {
        Conference c = applied.after();
        ConferenceChange change = applied.change();
        return new DialogueEventData(c.conferenceId(), c.unitCode(), c.level(), c.status().name(), c.themes(),
                c.plannedDate(), c.heldAt(), change.questionId(), change.commitmentId(), change.ownerUnitCode(),
                change.dueAt(), change.lateState(), change.caseIds(), applied.actor(), applied.sequence());
    }

    List<HistoryEntry> history(String conferenceId) {
        return jdbc.sql("""
                SELECT sequence, at, action, item_id, actor, note FROM dialogue_history
                WHERE conference_id = ? ORDER BY sequence""").param(conferenceId)
                .query((rs, row) -> new HistoryEntry(rs.getInt("sequence"), rs.getTimestamp("at").toInstant(),
                        rs.getString("action"), rs.getString("item_id"), rs.getString("actor"), rs.getString("note")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void processStarted(String conferenceId, String processInstanceId) {
        jdbc.sql("UPDATE dialogue_conference SET process_instance_id = ? WHERE conference_id = ?")
                .params(processInstanceId, conferenceId).update();
    }

    /** Whether the unit has a plan for the year that was not turned down. */
    boolean hasPlanFor(String unitCode, int year) {
        return jdbc.sql("SELECT count(*) FROM dialogue_conference WHERE unit_code = ? AND year = ? AND status <> 'REJECTED'")
                .params(unitCode, year).query(Long.class).single() > 0;
    }

    static Timestamp now() {
        // the engine's clock, so that tests that move it see consistent times
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    static Conference map(ResultSet rs, int row) throws SQLException {
        return new Conference(rs.getString("conference_id"), rs.getString("unit_code"), rs.getString("level"),
                rs.getInt("year"), rs.getInt("number"), ConferenceStatus.valueOf(rs.getString("status")),
                rs.getString("themes"), rs.getObject("planned_date", java.time.LocalDate.class),
                rs.getObject("planned_time", java.time.LocalTime.class), rs.getString("place"), rs.getString("leaders"),
                rs.getString("invited_groups"), rs.getObject("question_deadline", java.time.LocalDate.class),
                rs.getString("approver_group"), instant(rs, "held_at"), (Integer) rs.getObject("attendance"),
                rs.getString("minutes"), rs.getString("conclusion"), rs.getString("notice_number"),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A plan about to be recorded. */
    record NewConference(String unitCode, String level, String themes, java.time.LocalDate plannedDate,
            java.time.LocalTime plannedTime, String place, String leaders, String invitedGroups,
            java.time.LocalDate questionDeadline, String approverGroup) {
    }
}
