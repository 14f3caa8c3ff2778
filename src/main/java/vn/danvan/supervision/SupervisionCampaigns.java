package vn.danvan.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.contract.SupervisionEventData;
import vn.danvan.messaging.record.RecordLedger;
import vn.danvan.messaging.record.RecordLedgers;
import vn.danvan.messaging.record.RecordTable;
import vn.danvan.messaging.record.RecordTable.Applied;

/**
 * The campaign record and its history. Every change goes through {@link #change}, which hands it to
 * the campaign's {@link RecordLedger}: the row is locked and updated, the change is appended to the
 * history and, for the changes the contract names, its {@code vn.danvan.supervision.*} event is
 * published, all in the caller's transaction.
 */
@Service
class SupervisionCampaigns {

    static final int LIST_LIMIT = 500;

    private static final String COLUMNS = """
            campaign_id, unit_code, year, planned_quarter, subject, supervised_body, status, resupervision_of,
                   decision_number, team_leader, plan_summary, notice_number, self_report_due_at, report_number, findings, late_state,
                   created_at, closed_at, last_sequence""";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM supervision_campaign";

    private final JdbcClient jdbc;
    private final RecordLedger<Campaign, CampaignChange, SupervisionEventData> ledger;

    SupervisionCampaigns(JdbcClient jdbc, RecordLedgers ledgers) {
        this.jdbc = jdbc;
        this.ledger = ledgers.of(RecordTable.<Campaign, CampaignChange, SupervisionEventData>of("supervision_campaign",
                        "campaign_id", COLUMNS, this::map, CampaignNotFoundException::new, "supervision_history")
                .timelineColumn("recommendation_id", applied -> applied.change().itemId())
                .eventData(SupervisionCampaigns::eventData));
    }

    /** Enters a campaign in its unit's programme (status PLANNED) and publishes {@code planned}. */
    @Transactional(propagation = Propagation.MANDATORY)
    Campaign register(NewCampaign c, String actor) {
        int number = jdbc.sql("""
                INSERT INTO supervision_number (unit_code, year, last_value) VALUES (?, ?, 1)
                ON CONFLICT (unit_code, year) DO UPDATE SET last_value = supervision_number.last_value + 1
                RETURNING last_value""").params(c.unitCode(), c.year()).query(Integer.class).single();
        String id = String.format(Locale.ROOT, "SUPERVISION-%s-%d-%02d", c.unitCode().toUpperCase(Locale.ROOT),
                c.year(), number);
        Timestamp now = now();
        jdbc.sql("""
                INSERT INTO supervision_campaign (campaign_id, unit_code, year, planned_quarter, subject, supervised_body,
                    status, resupervision_of, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?)""")
                .params(id, c.unitCode(), c.year(), c.plannedQuarter(), c.subject(), c.supervisedBody(),
                        c.resupervisionOf(), actor, now, now).update();
        for (String caseId : c.caseIds()) {
            jdbc.sql("INSERT INTO supervision_campaign_case (campaign_id, case_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, caseId).update();
        }
        String note = c.resupervisionOf() == null ? null : "Giám sát lại theo chỉ đạo của cấp ủy: " + c.resupervisionOf();
        change(id, EventType.SUPERVISION_PLANNED, actor, CampaignChange.of("planned").note(note));
        return get(id);
    }

    /**
     * Applies a change, records it in the history and, when {@code type} is not null, publishes it
     * (event-bearing and {@code sequenced()} changes take a sequence number: a document issued
     * takes one for its own event).
     *
     * @return the campaign after the change
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Campaign change(String campaignId, EventType type, String actor, CampaignChange change) {
        return ledger.change(campaignId, type, actor, change).after();
    }

    private static SupervisionEventData eventData(Applied<Campaign, CampaignChange> applied) {
        Campaign after = applied.after();
        CampaignChange change = applied.change();
        return new SupervisionEventData(after.campaignId(), after.unitCode(), after.year(), after.plannedQuarter(),
                after.status().name(), after.subject(), after.supervisedBody(), change.itemId(), change.response(),
                change.judgement(), change.dueAt(), change.lateState(), after.caseIds().isEmpty() ? null : after.caseIds(),
                applied.actor(), applied.sequence());
    }

    Optional<Campaign> find(String campaignId) {
        return jdbc.sql(SELECT + " WHERE campaign_id = ?").param(campaignId).query(this::map).optional();
    }

    Campaign get(String campaignId) {
        return find(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
    }

    /** Campaigns of the units in scope, newest first (at most {@value #LIST_LIMIT}: filter by year for more). */
    List<Campaign> list(vn.danvan.organization.UnitScope scope, Integer year) {
        String where = " WHERE (:year::int IS NULL OR year = :year::int)"
                + (scope.isAll() ? "" : " AND unit_code IN (:units)");
        var query = jdbc.sql(SELECT + where + " ORDER BY created_at DESC, campaign_id DESC LIMIT " + LIST_LIMIT)
                .param("year", year);
        if (!scope.isAll()) {
            if (scope.units().isEmpty()) {
                return List.of();
            }
            query = query.param("units", scope.units());
        }
        return query.query(this::map).list();
    }

    List<HistoryEntry> history(String campaignId) {
        return jdbc.sql("""
                SELECT sequence, at, action, recommendation_id, actor, note FROM supervision_history
                WHERE campaign_id = ? ORDER BY id""").param(campaignId)
                .query((rs, row) -> new HistoryEntry((Integer) rs.getObject("sequence"), rs.getTimestamp("at").toInstant(),
                        rs.getString("action"), rs.getString("recommendation_id"), rs.getString("actor"), rs.getString("note")))
                .list();
    }

    private List<String> caseIds(String campaignId) {
        return jdbc.sql("SELECT case_id FROM supervision_campaign_case WHERE campaign_id = ? ORDER BY case_id")
                .param(campaignId).query(String.class).list();
    }

    /** The engine's clock, so that tests that move it see consistent times. */
    static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private Campaign map(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("campaign_id");
        return new Campaign(id, rs.getString("unit_code"), rs.getInt("year"), rs.getInt("planned_quarter"),
                rs.getString("subject"), rs.getString("supervised_body"), CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("resupervision_of"), rs.getString("decision_number"), rs.getString("team_leader"),
                rs.getString("plan_summary"), rs.getString("notice_number"), instant(rs, "self_report_due_at"), rs.getString("report_number"),
                rs.getString("findings"), Lateness.of(rs.getString("late_state")), instant(rs, "created_at"), instant(rs, "closed_at"),
                rs.getInt("last_sequence"), caseIds(id));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A campaign about to enter a unit's programme. */
    record NewCampaign(String unitCode, int year, int plannedQuarter, String subject, String supervisedBody,
            List<String> caseIds, String resupervisionOf) {
    }

    record HistoryEntry(Integer sequence, Instant at, String action, String recommendationId, String actor, String note) {
    }
}
