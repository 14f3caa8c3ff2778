package vn.danvan.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.CaseEventData;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.record.RecordLedger;
import vn.danvan.messaging.record.RecordLedgers;
import vn.danvan.messaging.record.RecordTable;
import vn.danvan.messaging.record.RecordTable.Applied;
import vn.danvan.platform.audit.AuditTrail;

/**
 * The case record and its timeline. Every change goes through {@link #change}, which hands it to
 * the case's {@link RecordLedger}: the row is locked, updated, the change is appended to the timeline
 * and its {@code vn.danvan.case.*} event is published, all in the caller's transaction (the
 * engine's, when a process step calls it).
 */
@Service
public class PetitionCases {

    static final String COLUMNS = """
            case_id, tracking_code, origin_unit_code, current_level, current_unit_code, status, channel,
                   case_type, subject, subject_area, content, complexity, remote_area, concerns_party_member,
                   district_decision, petitioner_name, petitioner_phone, petitioner_address, source_event_id,
                   duplicate_of, outcome, conclusion, forward_reason, refusal_reason, committee_direction, handler,
                   received_at, due_at, late_state, closed_at, accepted_at, last_sequence,
                   petitioner_email, contact_consent, legal_basis, rating, disputed_at, external_reference, anonymised_at,
                   denounced_person""";
    static final String SELECT = "SELECT " + COLUMNS + " FROM petition_case";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PetitionerFields petitioner;
    private final RecordLedger<PetitionCase, CaseChange, CaseEventData> ledger;

    PetitionCases(JdbcClient jdbc, RecordLedgers ledgers, AuditTrail audit, PetitionerFields petitioner) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.petitioner = petitioner;
        // the timeline says where the case is after each step and names the step's event
        this.ledger = ledgers.of(RecordTable.<PetitionCase, CaseChange, CaseEventData>of("petition_case", "case_id",
                        COLUMNS, this::map, CaseNotFoundException::new, "case_timeline")
                .timelineColumn("level", applied -> applied.after().currentLevel())
                .timelineColumn("unit_code", applied -> applied.after().currentUnitCode())
                .eventIdIn("event_id")
                .eventData(PetitionCases::eventData));
    }

    public Optional<PetitionCase> find(String caseId) {
        return jdbc.sql(SELECT + " WHERE case_id = ?").param(caseId).query(this::map).optional();
    }

    public Optional<PetitionCase> findByTrackingCode(String trackingCode) {
        return jdbc.sql(SELECT + " WHERE tracking_code = ?").param(trackingCode).query(this::map).optional();
    }

    public Optional<PetitionCase> findBySourceEvent(String sourceEventId) {
        return jdbc.sql(SELECT + " WHERE source_event_id = ?").param(sourceEventId).query(this::map)
                .optional();
    }

    public List<PetitionCase> findByTrackingCodes(java.util.Collection<String> trackingCodes) {
        if (trackingCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE tracking_code IN (:codes) ORDER BY received_at")
                .param("codes", trackingCodes.stream().map(code -> code.toUpperCase(java.util.Locale.ROOT)).toList())
                .query(this::map).list();
    }

    /** Cases an outside system filed (their source ids start with its prefix), newest first. */
    public List<PetitionCase> findBySourcePrefix(String prefix, Instant from, Instant to, int limit) {
        return jdbc.sql(SELECT + " WHERE source_event_id LIKE :prefix AND received_at >= :from AND received_at < :to"
                + " ORDER BY received_at DESC LIMIT :limit")
                .param("prefix", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query(this::map).list();
    }

    public PetitionCase get(String caseId) {
        return find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(NewCase c) {
        jdbc.sql("""
                INSERT INTO petition_case (case_id, tracking_code, origin_unit_code, current_level, current_unit_code,
                    status, channel, case_type, subject, content, petitioner_name, petitioner_phone, petitioner_address,
                    petitioner_email, petitioner_name_hash, contact_consent, consent_at, legal_basis, external_reference,
                    source_event_id, received_at, last_sequence, denounced_person)
                VALUES (:caseId, :trackingCode, :unitCode, :level, :unitCode, :status, :channel, :caseType, :subject,
                    :content, :name, :phone, :address, :email, :nameHash, :consent, :consentAt, :legalBasis,
                    :externalReference, :sourceEventId, :receivedAt, 0, :denounced)""")
                .param("caseId", c.caseId()).param("trackingCode", c.trackingCode())
                .param("unitCode", c.unitCode()).param("level", c.level())
                .param("status", CaseStatus.RECEIVED.name()).param("channel", c.channel())
                .param("caseType", c.caseType()).param("subject", c.subject()).param("content", c.content())
                // personal fields are stored encrypted, the name also as its keyed hash (search)
                .param("name", petitioner.seal(PetitionerFields.NAME, c.petitionerName()))
                .param("phone", petitioner.seal(PetitionerFields.PHONE, c.petitionerPhone()))
                .param("address", petitioner.seal(PetitionerFields.ADDRESS, c.petitionerAddress()))
                .param("email", petitioner.seal(PetitionerFields.EMAIL, c.petitionerEmail()))
                .param("nameHash", petitioner.nameHash(c.petitionerName()))
                .param("consent", c.contactConsent())
                .param("consentAt", c.contactConsent() ? Timestamp.from(c.receivedAt()) : null)
                .param("legalBasis", c.legalBasis().name())
                .param("externalReference", c.externalReference())
                .param("sourceEventId", c.sourceEventId()).param("receivedAt", Timestamp.from(c.receivedAt()))
                .param("denounced", c.denouncedPerson())
                .update();
    }

    /**
     * Applies a change to a case, records it in the timeline and publishes its event.
     *
     * @return the event data as published
     */
    @Transactional(propagation = Propagation.MANDATORY)
    CaseEventData change(String caseId, EventType type, String actor, CaseChange change) {
        var recorded = ledger.change(caseId, type, actor, change);
        String action = type.type().substring(type.type().lastIndexOf('.') + 1);
        audit.record(actor, "CASE_" + action.toUpperCase(java.util.Locale.ROOT), caseId,
                recorded.after().status().name(), null);
        return recorded.data();
    }

    /**
     * Notes in the timeline a step that is no event of the case (a document issued, a repair): it
     * takes the case's next sequence number.
     *
     * @return the entry's sequence number
     */
    int note(String caseId, String action, String note, String actor) {
        return ledger.change(caseId, null, actor, CaseChange.entry(action).note(note)).sequence();
    }

    /** A new timed step started: the case is due then, and on time again. No event of its own. */
    @Transactional(propagation = Propagation.MANDATORY)
    void stepDue(String caseId, Instant dueAt) {
        jdbc.sql("UPDATE petition_case SET due_at = ?, late_state = ? WHERE case_id = ?")
                .params(Timestamp.from(dueAt), Lateness.ON_TIME.name(), caseId).update();
    }

    public List<TimelineEntry> timeline(String caseId) {
        return jdbc.sql("""
                SELECT sequence, at, action, level, unit_code, actor, note, event_id FROM case_timeline
                WHERE case_id = ? ORDER BY sequence""").param(caseId)
                .query((rs, row) -> new TimelineEntry(rs.getInt("sequence"), rs.getTimestamp("at").toInstant(),
                        rs.getString("action"), rs.getString("level"), rs.getString("unit_code"),
                        rs.getString("actor"), rs.getString("note"), rs.getString("event_id")))
                .list();
    }

    private static CaseEventData eventData(Applied<PetitionCase, CaseChange> applied) {
        PetitionCase before = applied.before();
        PetitionCase c = applied.after();
        CaseChange change = applied.change();
        return new CaseEventData(c.caseId(), c.trackingCode(), c.currentLevel(), c.currentUnitCode(),
                c.originUnitCode(), c.status().name(), c.caseType(), c.subjectArea(), c.receivedAt(), c.dueAt(),
                Lateness.nameOf(c.lateState()), c.channel(), c.sourceEventId(), change.targetLevel(),
                change.targetUnitCode(), before.currentLevel(), before.currentUnitCode(), c.outcome(), applied.actor(),
                applied.sequence(), c.rating(), change.firstInstanceCaseId(), change.secondInstanceCaseId());
    }

    PetitionCase map(ResultSet rs, int row) throws SQLException {
        return new PetitionCase(rs.getString("case_id"), rs.getString("tracking_code"),
                rs.getString("origin_unit_code"), rs.getString("current_level"), rs.getString("current_unit_code"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("channel"), rs.getString("case_type"),
                rs.getString("subject"), rs.getString("subject_area"), rs.getString("content"),
                rs.getString("complexity"), (Boolean) rs.getObject("remote_area"),
                (Boolean) rs.getObject("concerns_party_member"), (Boolean) rs.getObject("district_decision"),
                petitioner.name(rs.getString("petitioner_name"), instant(rs, "anonymised_at")),
                petitioner.open(PetitionerFields.PHONE, rs.getString("petitioner_phone")),
                petitioner.open(PetitionerFields.ADDRESS, rs.getString("petitioner_address")),
                rs.getString("source_event_id"), rs.getString("duplicate_of"),
                rs.getString("outcome"), rs.getString("conclusion"), rs.getString("forward_reason"),
                rs.getString("refusal_reason"), rs.getString("committee_direction"), rs.getString("handler"),
                instant(rs, "received_at"),
                instant(rs, "due_at"), Lateness.of(rs.getString("late_state")), instant(rs, "closed_at"), instant(rs, "accepted_at"),
                rs.getInt("last_sequence"), petitioner.open(PetitionerFields.EMAIL, rs.getString("petitioner_email")), rs.getBoolean("contact_consent"),
                rs.getString("legal_basis"), (Integer) rs.getObject("rating"), instant(rs, "disputed_at"),
                rs.getString("external_reference"), rs.getString("denounced_person"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /**
     * A case about to be created by intake.
     *
     * @param contactConsent the citizen agreed to be told about the case at their contact details:
     * @param legalBasis     why danvan holds the petitioner's data ({@link LegalBasis#of})
     */
    record NewCase(String caseId, String trackingCode, String unitCode, String level, String channel,
            String caseType, String subject, String content, String petitionerName, String petitionerPhone,
            String petitionerAddress, String petitionerEmail, boolean contactConsent, LegalBasis legalBasis,
            String externalReference, String sourceEventId, Instant receivedAt, String denouncedPerson) {
    }
}
