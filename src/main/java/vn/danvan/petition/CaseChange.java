package vn.danvan.petition;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.organization.Level;
import vn.danvan.organization.Unit;

/**
 * One change of a case: the columns it sets, where the case goes next (for events that hand it to
 * another level) and the note that goes into the timeline.
 */
final class CaseChange {

    private final Map<String, Object> columns = new LinkedHashMap<>();
    private String targetLevel;
    private String targetUnitCode;
    private String note;
    private String firstInstanceCaseId;
    private String secondInstanceCaseId;

    static CaseChange to(CaseStatus status) {
        CaseChange change = new CaseChange();
        change.columns.put("status", status.name());
        return change;
    }

    /** A change that leaves the status as it is (a reminder, an escalation, a new due date). */
    static CaseChange keep() {
        return new CaseChange();
    }

    CaseChange at(Level level, String unitCode) {
        columns.put("current_level", level.name());
        columns.put("current_unit_code", unitCode);
        return this;
    }

    /** The case goes to this level and unit: receivers start or wake that level's process. */
    CaseChange handedTo(Level level, String unitCode) {
        this.targetLevel = level.name();
        this.targetUnitCode = unitCode;
        return at(level, unitCode);
    }

    CaseChange handedTo(Unit unit) {
        return handedTo(unit.level(), unit.code());
    }

    CaseChange set(String column, Object value) {
        columns.put(column, value);
        return this;
    }

    CaseChange outcome(String outcome) {
        return set("outcome", outcome);
    }

    CaseChange due(Instant dueAt) {
        return set("due_at", dueAt == null ? null : java.sql.Timestamp.from(dueAt));
    }

    CaseChange note(String note) {
        this.note = note;
        return this;
    }

    /** A step of a second-instance case: its event names the first-instance case it reviews. */
    CaseChange firstInstance(String caseId) {
        this.firstInstanceCaseId = caseId;
        return this;
    }

    /** A step of a first-instance case about its second instance: its event names that case. */
    CaseChange secondInstance(String caseId) {
        this.secondInstanceCaseId = caseId;
        return this;
    }

    String firstInstanceCaseId() {
        return firstInstanceCaseId;
    }

    String secondInstanceCaseId() {
        return secondInstanceCaseId;
    }

    Map<String, Object> columns() {
        return columns;
    }

    String targetLevel() {
        return targetLevel;
    }

    String targetUnitCode() {
        return targetUnitCode;
    }

    String note() {
        return note;
    }
}
