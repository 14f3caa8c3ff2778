package vn.danvan.inspection;

import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DeadlineHandler;
import vn.danvan.calendar.DeadlineNotes;
import vn.danvan.calendar.DeadlineSubject;
import vn.danvan.calendar.DeadlineWatch;
import vn.danvan.calendar.StepClock;
import vn.danvan.calendar.StepTiming;
import vn.danvan.platform.engine.StepSupport;

/**
 * The inspection's timed steps (PARTY_VERIFY, PARTY_CONCLUDE, PARTY_DISCIPLINE: rows of the rule
 * table, counted from the moment each task appears). Reminders and lateness go to the case's or
 * campaign's timeline through its owner; a late step is followed up by the unit above the one that
 * must act (the standing committee above its commission).
 */
@Component
class InspectionDeadlineHandler implements DeadlineHandler {

    static final String KIND = "party-inspection";
    /** The rule table's case-type input: the inspection rows match any. */
    static final String CASE_TYPE = "PARTY_INSPECTION";

    private final PartyInspections inspections;
    private final InspectionUnits units;

    InspectionDeadlineHandler(PartyInspections inspections, InspectionUnits units) {
        this.inspections = inspections;
        this.units = units;
    }

    @Override
    public StepTiming timing() {
        return new StepTiming(KIND, Set.of(PartyInspectionProcess.STAGE_VERIFY, PartyInspectionProcess.STAGE_CONCLUDE,
                PartyInspectionProcess.STAGE_DISCIPLINE), InspectionDeadlineHandler::clock);
    }

    /** Counted from the moment the task appears; the committee decides the discipline, the commission the rest. */
    private static StepClock clock(DelegateExecution execution, String stage) {
        String unit = StepSupport.string(execution, PartyInspectionProcess.STAGE_DISCIPLINE.equals(stage)
                ? PartyInspectionProcess.COMMITTEE_UNIT : PartyInspectionProcess.COMMISSION_UNIT);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return StepClock.counted(new DeadlineSubject(KIND, StepSupport.string(execution, PartyInspectionProcess.INSPECTION_ID),
                stage, unit, CASE_TYPE, null, false,
                "Kiểm tra đảng viên · " + StepSupport.string(execution, PartyInspectionProcess.SUBJECT_ID)), now);
    }

    @Override
    public String reminded(DeadlineWatch watch) {
        String note = notes(watch.stage()).reminder(watch);
        PartyInspection inspection = inspections.get(watch.subjectId());
        inspections.owner(inspection.subjectType()).reminded(inspection, note);
        return note;
    }

    @Override
    public String escalated(DeadlineWatch watch, int level) {
        String followedUpBy = units.above(watch.unitCode(), level);
        PartyInspection inspection = inspections.get(watch.subjectId());
        inspections.owner(inspection.subjectType()).escalated(inspection, level, followedUpBy,
                notes(watch.stage()).escalation(watch, level, followedUpBy));
        return followedUpBy;
    }

    @Override
    public void rescheduled(DeadlineWatch watch, String reason) {
        // the calendar moved the step's timers and its task's due date; the subject's own step is not this one
    }

    /** The notes of a step, which each name it: who acts is part of its name. */
    private static DeadlineNotes notes(String stage) {
        String step = switch (stage) {
            case PartyInspectionProcess.STAGE_VERIFY -> "xác minh (Ủy ban Kiểm tra)";
            case PartyInspectionProcess.STAGE_CONCLUDE -> "kết luận kiểm tra (Ủy ban Kiểm tra)";
            default -> "quyết định kỷ luật (Ban Thường vụ)";
        };
        return new DeadlineNotes(step, "Quá hạn " + step + " (hạn %s); đôn đốc: %s",
                "Quá hạn nghiêm trọng " + step + " (hạn %s); đôn đốc: %s");
    }
}
