package vn.danvan.petition;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.record.RecordLedger;
import vn.danvan.organization.Level;
import vn.danvan.organization.Unit;

/**
 * The decisions officers take on a case, each one change of the record with its event. Process
 * steps call these inside the engine's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class CaseDecisions {

    private final PetitionCases cases;

    CaseDecisions(PetitionCases cases) {
        this.cases = cases;
    }

    void classify(String caseId, Classification c, String actor) {
        cases.change(caseId, EventType.CASE_CLASSIFIED, actor, CaseChange.to(CaseStatus.CLASSIFIED)
                .set(CaseColumns.CASE_TYPE, c.caseType()).set(CaseColumns.SUBJECT_AREA, c.subjectArea())
                .set(CaseColumns.COMPLEXITY, c.complexity()).set(CaseColumns.REMOTE_AREA, c.remoteArea())
                .set(CaseColumns.CONCERNS_PARTY_MEMBER, c.concernsPartyMember())
                .set(CaseColumns.DISTRICT_DECISION, c.districtDecision())
                .set(CaseColumns.DENOUNCED_PERSON, c.denouncedPerson()));
    }

    /**
     * The officer chose another handling than the routing table suggested: the reason goes on the
     * timeline (the event carries no text) and the dashboard counts it.
     */
    void routedAgainstTable(String caseId, String suggested, String chosen, String routingNote, String reason,
            String actor) {
        cases.change(caseId, EventType.CASE_ROUTED_AGAINST_TABLE, actor, CaseChange.keep()
                .note("Bảng định tuyến đề xuất: " + handlingLabel(suggested)
                        + (routingNote == null ? "" : " (" + routingNote + ")") + "; xã chọn: " + handlingLabel(chosen)
                        + ". Lý do: " + reason));
    }

    private static String handlingLabel(String handling) {
        return "LOCAL".equals(handling) ? "Giải quyết tại xã" : "Chuyển lên cấp trên";
    }

    void startLocalHandling(String caseId, String note, String actor) {
        cases.change(caseId, EventType.CASE_ACCEPTED, actor, CaseChange.to(CaseStatus.IN_PROGRESS)
                .set(CaseColumns.ACCEPTED_AT, now()).note(note));
    }

    void forward(String caseId, Unit district, String reason, String actor) {
        cases.change(caseId, EventType.CASE_FORWARDED, actor, CaseChange.to(CaseStatus.FORWARDED)
                .handedTo(district).set(CaseColumns.FORWARD_REASON, reason).note(reason));
    }

    void resolveLocally(String caseId, String outcome, String conclusion, String actor) {
        cases.change(caseId, EventType.CASE_RESOLVED, actor, CaseChange.to(CaseStatus.RESOLVED)
                .outcome(outcome).set(CaseColumns.CONCLUSION, conclusion).note(Outcome.labelOf(outcome)));
    }

    void close(String caseId, String notificationMethod, String note, String actor) {
        cases.change(caseId, EventType.CASE_CLOSED, actor, CaseChange.to(CaseStatus.CLOSED)
                .set(CaseColumns.CLOSED_AT, now()).note(join("Thông báo: " + notificationMethod, note)));
    }

    void markDuplicate(String caseId, String originalCaseId, String actor) {
        cases.change(caseId, EventType.CASE_CLOSED, actor, CaseChange.to(CaseStatus.DUPLICATE)
                .outcome(Outcome.DUPLICATE.name()).set(CaseColumns.DUPLICATE_OF, originalCaseId).set(CaseColumns.CLOSED_AT, now())
                .note("Trùng với hồ sơ " + originalCaseId));
    }

    /**
     * The case belongs to another unit: it goes there. Another commune becomes the case's owner; a
     * district unit takes it as if it had been forwarded.
     */
    void returnToUnit(String caseId, Unit unit, String note, String actor) {
        CaseChange change = CaseChange.to(CaseStatus.RETURNED).handedTo(unit)
                .outcome(Outcome.RETURNED.name()).note(join("Chuyển " + unit.name(), note));
        if (unit.kind().receivesPetitions()) {
            change.set(CaseColumns.ORIGIN_UNIT_CODE, unit.code());
        }
        cases.change(caseId, EventType.CASE_RETURNED, actor, change);
    }

    void accept(String caseId, String handler, String actor) {
        cases.change(caseId, EventType.CASE_ACCEPTED, actor, CaseChange.to(CaseStatus.ACCEPTED)
                .set(CaseColumns.HANDLER, handler).set(CaseColumns.ACCEPTED_AT, now()).note(handler == null ? null : "Giao " + handler));
    }

    void refuse(String caseId, String originUnitCode, String reason, String actor) {
        cases.change(caseId, EventType.CASE_REFUSED, actor, CaseChange.to(CaseStatus.REFUSED)
                .handedTo(Level.COMMUNE, originUnitCode).outcome(Outcome.REFUSED.name())
                .set(CaseColumns.REFUSAL_REASON, reason).note(reason));
    }

    void referToCommittee(String caseId, Unit committee, String note, String actor) {
        cases.change(caseId, EventType.CASE_FORWARDED, actor, CaseChange.to(CaseStatus.REFERRED)
                .handedTo(committee).note(note));
    }

    void direct(String caseId, String districtUnitCode, String direction, String number, String actor) {
        cases.change(caseId, EventType.CASE_DIRECTED, actor, CaseChange.to(CaseStatus.DIRECTED)
                .handedTo(Level.DISTRICT, districtUnitCode).set(CaseColumns.COMMITTEE_DIRECTION, direction)
                .note(number == null || number.isBlank() ? "Ý kiến chỉ đạo" : "Văn bản " + number));
    }

    void resolveAtDistrict(String caseId, String originUnitCode, String outcome, String conclusion,
            String decisionNumber, String actor) {
        cases.change(caseId, EventType.CASE_RESOLVED, actor, CaseChange.to(CaseStatus.RESOLVED)
                .handedTo(Level.COMMUNE, originUnitCode).outcome(outcome).set(CaseColumns.CONCLUSION, conclusion)
                .set(CaseColumns.DECISION_NUMBER, decisionNumber)
                .note(Outcome.labelOf(outcome) + (decisionNumber == null ? "" : " (" + decisionNumber + ")")));
    }

    private static Instant now() {
        return RecordLedger.now();
    }

    private static String join(String first, String second) {
        return second == null || second.isBlank() ? first : first + ". " + second;
    }
}
