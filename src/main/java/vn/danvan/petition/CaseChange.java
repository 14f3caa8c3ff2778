package vn.danvan.petition;

import vn.danvan.messaging.record.RecordChange;
import vn.danvan.organization.Level;
import vn.danvan.organization.Unit;

/**
 * One change of a case: the columns it sets ({@link CaseColumns}), where the case goes next (for
 * events that hand it to another level), the cases of a second instance its event names, and the
 * note that goes into the timeline. Its timeline action is its event type's last word.
 */
final class CaseChange extends RecordChange<CaseChange> {

    private String targetLevel;
    private String targetUnitCode;
    private String firstInstanceCaseId;
    private String secondInstanceCaseId;

    private CaseChange(String action) {
        super(action);
    }

    static CaseChange to(CaseStatus status) {
        return keep().set(CaseColumns.STATUS, status);
    }

    /** A change that leaves the status as it is (a reminder, an escalation, a new due date). */
    static CaseChange keep() {
        return new CaseChange(null);
    }

    /** A timeline entry without an event of the case (a note, a document issued): it takes the next number. */
    static CaseChange entry(String action) {
        return new CaseChange(action).sequenced();
    }

    CaseChange at(Level level, String unitCode) {
        return set(CaseColumns.CURRENT_LEVEL, level).set(CaseColumns.CURRENT_UNIT_CODE, unitCode);
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

    CaseChange outcome(String outcome) {
        return set(CaseColumns.OUTCOME, outcome);
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

    String targetLevel() {
        return targetLevel;
    }

    String targetUnitCode() {
        return targetUnitCode;
    }
}
