package vn.danvan.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Unit;
import vn.danvan.platform.engine.StepRejectedException;

/**
 * The inspections and their record (table {@code party_inspection}). Starting one records it, tells
 * its owner (whose timeline and topic get {@code inspection-started}) and starts its process, with
 * the subject's id as business key, all in the caller's transaction.
 */
@Service
public class PartyInspections {

    private static final String SELECT = """
            SELECT inspection_id, subject_type, subject_id, commission_unit, committee_unit, status, reason, verification,
                   violation_found, conclusion, proposed_discipline, decided_discipline, decision_number, started_by,
                   started_at, closed_at
            FROM party_inspection""";

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final InspectionUnits units;
    private final List<InspectionOwner> owners;

    PartyInspections(JdbcClient jdbc, RuntimeService runtime, InspectionUnits units, List<InspectionOwner> owners) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.units = units;
        this.owners = owners;
    }

    /**
     * Gives a matter about a Party member to the inspection commission.
     *
     * @param subjectType    CASE or CAMPAIGN
     * @param directingUnit  a unit whose Party committee directs the matter (the case's committee, the campaign's unit)
     * @throws StepRejectedException when one is already open for the subject, or the owner refuses
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PartyInspection start(String subjectType, String subjectId, String directingUnit, String reason,
            String actor) {
        InspectionOwner owner = owner(subjectType);
        if (openFor(subjectType, subjectId).isPresent()) {
            throw new StepRejectedException("Ủy ban Kiểm tra đang xem xét việc này (" + subjectId + ").");
        }
        owner.checkMayStart(subjectId);
        Unit commission = units.commission(directingUnit);
        Unit committee = units.committeeOf(commission);
        int number = jdbc.sql("SELECT count(*) + 1 FROM party_inspection WHERE subject_type = ? AND subject_id = ?")
                .params(subjectType, subjectId).query(Integer.class).single();
        String id = "UBKT-" + subjectId + "-" + number;
        Timestamp now = now();
        jdbc.sql("""
                INSERT INTO party_inspection (inspection_id, subject_type, subject_id, commission_unit, committee_unit,
                    status, reason, started_by, started_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, subjectType, subjectId, commission.code(), committee.code(), InspectionStatus.VERIFYING.name(),
                        reason, actor, now, now).update();
        PartyInspection inspection = get(id);
        owner.recorded(inspection, InspectionStep.STARTED, actor);
        Map<String, Object> variables = new HashMap<>();
        variables.put(PartyInspectionProcess.INSPECTION_ID, id);
        variables.put(PartyInspectionProcess.SUBJECT_TYPE, subjectType);
        variables.put(PartyInspectionProcess.SUBJECT_ID, subjectId);
        variables.put(PartyInspectionProcess.REASON, reason);
        variables.put(PartyInspectionProcess.COMMISSION_UNIT, commission.code());
        variables.put(PartyInspectionProcess.COMMITTEE_UNIT, committee.code());
        runtime.createProcessInstanceByKey(PartyInspectionProcess.KEY).businessKey(subjectId).setVariables(variables)
                .execute();
        return inspection;
    }

    public Optional<PartyInspection> find(String inspectionId) {
        return jdbc.sql(SELECT + " WHERE inspection_id = ?").param(inspectionId).query(this::map).optional();
    }

    /** A subject's inspections, oldest first. */
    public List<PartyInspection> of(String subjectType, String subjectId) {
        return jdbc.sql(SELECT + " WHERE subject_type = ? AND subject_id = ? ORDER BY started_at, inspection_id")
                .params(subjectType, subjectId).query(this::map).list();
    }

    Optional<PartyInspection> openFor(String subjectType, String subjectId) {
        return jdbc.sql(SELECT + " WHERE subject_type = ? AND subject_id = ? AND closed_at IS NULL")
                .params(subjectType, subjectId).query(this::map).optional();
    }

    PartyInspection get(String inspectionId) {
        return find(inspectionId).orElseThrow(() -> new IllegalStateException("No inspection " + inspectionId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void verified(String inspectionId, String findings, String actor) {
        update(inspectionId, "status = ?, verification = ?", InspectionStatus.CONCLUDING.name(), findings);
        record(inspectionId, InspectionStep.VERIFIED, actor);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void concluded(String inspectionId, boolean violation, String conclusion, Discipline proposed, String actor) {
        update(inspectionId, "status = ?, violation_found = ?, conclusion = ?, proposed_discipline = ?",
                (proposed == null ? InspectionStatus.CLOSED : InspectionStatus.AWAITING_DECISION).name(), violation,
                conclusion, proposed == null ? null : proposed.name());
        record(inspectionId, InspectionStep.CONCLUDED, actor);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void disciplineDecided(String inspectionId, Discipline decided, String decisionNumber, String actor) {
        update(inspectionId, "status = ?, decided_discipline = ?, decision_number = ?", InspectionStatus.CLOSED.name(),
                decided.name(), decisionNumber);
        record(inspectionId, InspectionStep.DISCIPLINE_DECIDED, actor);
    }

    /** The process ended: the record is closed and the outcome goes back to its owner. */
    @Transactional(propagation = Propagation.MANDATORY)
    void finished(String inspectionId, String actor) {
        update(inspectionId, "status = ?, closed_at = ?", InspectionStatus.CLOSED.name(), now());
        PartyInspection inspection = get(inspectionId);
        owner(inspection.subjectType()).finished(inspection, actor);
    }

    InspectionOwner owner(String subjectType) {
        return owners.stream().filter(o -> o.subjectType().equals(subjectType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No owner of inspections of " + subjectType));
    }

    private void record(String inspectionId, InspectionStep step, String actor) {
        PartyInspection inspection = get(inspectionId);
        owner(inspection.subjectType()).recorded(inspection, step, actor);
    }

    private void update(String inspectionId, String assignments, Object... values) {
        Object[] all = new Object[values.length + 2];
        System.arraycopy(values, 0, all, 0, values.length);
        all[values.length] = now();
        all[values.length + 1] = inspectionId;
        jdbc.sql("UPDATE party_inspection SET " + assignments + ", updated_at = ? WHERE inspection_id = ?").params(all)
                .update();
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private PartyInspection map(ResultSet rs, int row) throws SQLException {
        return new PartyInspection(rs.getString("inspection_id"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("commission_unit"), rs.getString("committee_unit"),
                InspectionStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("verification"),
                (Boolean) rs.getObject("violation_found"), rs.getString("conclusion"),
                discipline(rs.getString("proposed_discipline")), discipline(rs.getString("decided_discipline")),
                rs.getString("decision_number"), rs.getString("started_by"), instant(rs, "started_at"),
                instant(rs, "closed_at"));
    }

    private static Discipline discipline(String value) {
        return value == null ? null : Discipline.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
