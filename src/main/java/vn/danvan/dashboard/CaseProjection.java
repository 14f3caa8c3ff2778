package vn.danvan.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.InboundEvent;
import vn.danvan.messaging.contract.CaseEventData;
import vn.danvan.messaging.contract.Lateness;

/**
 * Projects {@code vn.danvan.case.*} events into {@code dash_case}, its event history and the
 * buckets the summary reads. Idempotent and order-proof: the event is stored once by (case, sequence);
 * the row takes its facts from the case's highest-sequence event and its counts and stage times from
 * all events stored, so the same set of events always gives the same row, however often or in what
 * order they arrive.
 */
@Component
class CaseProjection {

    private static final List<String> CLOSED_STATUSES = List.of("CLOSED", "DUPLICATE");

    private final JdbcClient jdbc;
    private final Buckets buckets;

    CaseProjection(JdbcClient jdbc, Buckets buckets) {
        this.jdbc = jdbc;
        this.buckets = buckets;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void apply(InboundEvent event) {
        CaseEventData data = event.data(CaseEventData.class);
        String change = event.type().type().substring(event.type().type().lastIndexOf('.') + 1);
        Instant at = event.time() == null ? Instant.now() : event.time().toInstant();
        int stored = jdbc.sql("""
                INSERT INTO dash_case_event (case_id, sequence, change, at, level, unit, status, late_state, actor, event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(data.caseId(), data.sequence(), change, Timestamp.from(at), data.level(), data.unitCode(),
                        data.status(), data.lateState(), data.actor(), event.id()).update();
        if (stored == 0) {
            return; // seen before: nothing changes
        }
        if (data.rating() != null) {
            // the first event that carries a rating (a case is rated once) gives the unit's satisfaction
            jdbc.sql("""
                    INSERT INTO dash_rating (case_id, origin_unit, stars, rated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (case_id) DO NOTHING""")
                    .params(data.caseId(), data.originUnitCode(), data.rating(), Timestamp.from(at)).update();
        }
        Optional<CaseRow> before = find(data.caseId(), true);
        CaseRow after = derive(data, before.filter(row -> row.lastSequence() > data.sequence()));
        upsert(after);
        buckets.move(before.orElse(null), after);
    }

    /** The row from the latest facts (this event's, unless a later one is already stored) and the history. */
    private CaseRow derive(CaseEventData data, Optional<CaseRow> newer) {
        History h = history(data.caseId());
        if (newer.isPresent()) {
            CaseRow n = newer.get();
            return new CaseRow(n.caseId(), n.trackingCode(), n.originUnit(), n.currentLevel(), n.currentUnit(),
                    n.status(), state(n.status(), h.lateState(), h.dueSoon()), n.caseType(), n.subjectArea(),
                    n.channel(), n.outcome(), n.receivedAt(), n.dueAt(), h.classified(), h.accepted(),
                    h.resolved(), h.closed(), h.escalations(), n.lastSequence(), h.againstTable());
        }
        return new CaseRow(data.caseId(), data.trackingCode(), data.originUnitCode(), data.level(), data.unitCode(),
                data.status(), state(data.status(), h.lateState(), h.dueSoon()),
                data.type() == null ? "UNCLASSIFIED" : data.type(), data.subjectArea(), data.channel(), data.outcome(),
                data.receivedAt() == null ? h.received() : data.receivedAt(), data.dueAt(), h.classified(), h.accepted(), h.resolved(), h.closed(), h.escalations(), data.sequence(),
                h.againstTable());
    }

    private static String state(String status, String lateState, boolean dueSoon) {
        if (CLOSED_STATUSES.contains(status)) {
            return "CLOSED";
        }
        if (Lateness.isLate(lateState)) {
            return lateState;
        }
        return dueSoon ? "DUE_SOON" : "OPEN";
    }

    private History history(String caseId) {
        return jdbc.sql("""
                SELECT min(at) FILTER (WHERE change = 'received') AS received,
                       min(at) FILTER (WHERE change = 'classified') AS classified,
                       min(at) FILTER (WHERE change = 'accepted') AS accepted,
                       min(at) FILTER (WHERE change = 'resolved') AS resolved,
                       max(at) FILTER (WHERE change = 'closed') AS closed,
                       count(*) FILTER (WHERE change = 'escalated') AS escalations,
                       coalesce(bool_or(change = 'routed-against-table'), false) AS against_table,
                       (array_agg(late_state ORDER BY sequence DESC))[1] AS late_state,
                       (array_agg(change ORDER BY sequence DESC) FILTER (WHERE change NOT IN ('recomputed', 'extended')))[1]
                           = 'reminded' AS due_soon
                FROM dash_case_event WHERE case_id = ?""").param(caseId)
                .query((rs, row) -> new History(instant(rs, "received"), instant(rs, "classified"),
                        instant(rs, "accepted"), instant(rs, "resolved"), instant(rs, "closed"),
                        rs.getInt("escalations"), rs.getString("late_state"), rs.getBoolean("due_soon"),
                        rs.getBoolean("against_table")))
                .single();
    }

    Optional<CaseRow> find(String caseId, boolean lock) {
        return jdbc.sql("SELECT * FROM dash_case WHERE case_id = ?" + (lock ? " FOR UPDATE" : "")).param(caseId)
                .query(CaseProjection::map).optional();
    }

    private void upsert(CaseRow r) {
        jdbc.sql("""
                INSERT INTO dash_case (case_id, tracking_code, origin_unit, current_level, current_unit, status, state,
                    case_type, subject_area, channel, outcome, received_at, received_month, due_at, classified_at,
                    accepted_at, resolved_at, closed_at, escalations, last_sequence, against_table, updated_at)
                VALUES (:id, :code, :origin, :level, :unit, :status, :state, :type, :area, :channel, :outcome,
                    :received, :month, :due, :classified, :accepted, :resolved, :closed, :escalations, :seq, :against,
                    now())
                ON CONFLICT (case_id) DO UPDATE SET tracking_code = excluded.tracking_code,
                    origin_unit = excluded.origin_unit, current_level = excluded.current_level,
                    current_unit = excluded.current_unit, status = excluded.status, state = excluded.state,
                    case_type = excluded.case_type, subject_area = excluded.subject_area, channel = excluded.channel,
                    outcome = excluded.outcome, received_at = excluded.received_at,
                    received_month = excluded.received_month, due_at = excluded.due_at,
                    classified_at = excluded.classified_at, accepted_at = excluded.accepted_at,
                    resolved_at = excluded.resolved_at, closed_at = excluded.closed_at,
                    escalations = excluded.escalations, last_sequence = excluded.last_sequence,
                    against_table = excluded.against_table, updated_at = now()""")
                .param("id", r.caseId()).param("code", r.trackingCode()).param("origin", r.originUnit())
                .param("level", r.currentLevel()).param("unit", r.currentUnit()).param("status", r.status())
                .param("state", r.state()).param("type", r.caseType()).param("area", r.subjectArea())
                .param("channel", r.channel()).param("outcome", r.outcome()).param("received", ts(r.receivedAt()))
                .param("month", r.receivedMonth()).param("due", ts(r.dueAt())).param("classified", ts(r.classifiedAt()))
                .param("accepted", ts(r.acceptedAt())).param("resolved", ts(r.resolvedAt()))
                .param("closed", ts(r.closedAt())).param("escalations", r.escalations())
                .param("seq", r.lastSequence()).param("against", r.againstTable()).update();
    }

    static CaseRow map(ResultSet rs, int row) throws SQLException {
        return new CaseRow(rs.getString("case_id"), rs.getString("tracking_code"), rs.getString("origin_unit"),
                rs.getString("current_level"), rs.getString("current_unit"), rs.getString("status"),
                rs.getString("state"), rs.getString("case_type"), rs.getString("subject_area"),
                rs.getString("channel"), rs.getString("outcome"), instant(rs, "received_at"), instant(rs, "due_at"),
                instant(rs, "classified_at"), instant(rs, "accepted_at"), instant(rs, "resolved_at"),
                instant(rs, "closed_at"), rs.getInt("escalations"), rs.getLong("last_sequence"),
                rs.getBoolean("against_table"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private record History(Instant received, Instant classified, Instant accepted, Instant resolved, Instant closed,
            int escalations, String lateState, boolean dueSoon, boolean againstTable) {
    }
}
