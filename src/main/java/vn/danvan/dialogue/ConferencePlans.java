package vn.danvan.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organization.Caller;
import vn.danvan.organization.Callers;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * Turns the plan form into a conference: which unit holds it (the planning officer's, or the one
 * the yearly prompt named), who approves it (the Party committee that leads the unit), and the checks
 * the form cannot make.
 */
@Component
class ConferencePlans {

    private final Conferences conferences;
    private final Commitments commitments;
    private final DialoguePolicies policies;
    private final UnitDirectory units;
    private final Callers callers;

    ConferencePlans(Conferences conferences, Commitments commitments, DialoguePolicies policies, UnitDirectory units,
            Callers callers) {
        this.conferences = conferences;
        this.commitments = commitments;
        this.policies = policies;
        this.units = units;
        this.callers = callers;
    }

    Conference register(DelegateExecution execution) {
        String initiator = StepSupport.string(execution, DialogueConferenceProcess.INITIATOR);
        Unit unit = unitOf(initiator, StepSupport.string(execution, DialogueConferenceProcess.UNIT_CODE));
        policies.of(unit.code()).orElseThrow(() -> new StepRejectedException(
                "Đơn vị " + unit.name() + " không thuộc danh sách tổ chức hội nghị đối thoại"));
        // the Party committee that leads the unit approves: a commune's own Party committee
        String approver = units.leadingCommittee(unit.code()).code();
        LocalDate today = WorkingCalendar.dayOf(Conferences.now().toInstant());
        LocalDate plannedDate = Dates.parse(execution.getVariable(DialogueConferenceProcess.PLANNED_DATE), "Ngày hội nghị");
        LocalDate deadline = Dates.parse(execution.getVariable(DialogueConferenceProcess.QUESTION_DEADLINE),
                "Hạn tiếp nhận câu hỏi");
        if (deadline.isBefore(today) || !deadline.isBefore(plannedDate)) {
            throw new StepRejectedException("Hạn tiếp nhận câu hỏi phải từ hôm nay và trước ngày hội nghị");
        }
        Conference c = conferences.create(new Conferences.NewConference(unit.code(), unit.levelCode(),
                StepSupport.required(execution, DialogueConferenceProcess.THEMES, "chủ đề hội nghị"), plannedDate,
                time(StepSupport.string(execution, DialogueConferenceProcess.PLANNED_TIME)),
                StepSupport.required(execution, DialogueConferenceProcess.PLACE, "địa điểm"),
                StepSupport.required(execution, DialogueConferenceProcess.LEADERS, "lãnh đạo dự"),
                StepSupport.string(execution, DialogueConferenceProcess.INVITED_GROUPS), deadline, approver),
                initiator == null ? StepSupport.SYSTEM : initiator);
        conferences.processStarted(c.conferenceId(), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(c.conferenceId());
        execution.setVariable(DialogueConferenceProcess.CONFERENCE_ID, c.conferenceId());
        execution.setVariable(DialogueConferenceProcess.UNIT_CODE, c.unitCode());
        execution.setVariable(DialogueConferenceProcess.APPROVER_GROUP, c.approverGroup());
        execution.setVariable(DialogueConferenceProcess.QUESTION_DEADLINE_AT, Date.from(WorkingCalendar.endOf(deadline)));
        execution.setVariable(DialogueConferenceProcess.CARRIED_COMMITMENTS, carriedText(c));
        // forms show dates as officers write them
        execution.setVariable(DialogueConferenceProcess.PLANNED_DATE_TEXT, Dates.shown(c.plannedDate()));
        execution.setVariable(DialogueConferenceProcess.QUESTION_DEADLINE_TEXT, Dates.shown(deadline));
        return c;
    }

    /** What the approver reads: the earlier conferences' unfinished commitments this one will discuss. */
    private String carriedText(Conference c) {
        var carried = commitments.unfinishedOf(c.unitCode(), c.conferenceId());
        return carried.isEmpty() ? "không có" : carried.stream()
                .map(x -> x.commitmentId() + " (" + x.ownerUnitCode() + "): " + x.content())
                .collect(Collectors.joining("; "));
    }

    private Unit unitOf(String initiator, String requested) {
        Caller caller = initiator == null ? null : callers.ofUser(initiator);
        if (requested != null) {
            if (caller != null && !caller.isIn(requested) && !caller.administers()) {
                throw new StepRejectedException("Tài khoản " + initiator + " không thuộc đơn vị " + requested);
            }
            return units.find(requested).orElseThrow(() -> new StepRejectedException("Không có đơn vị " + requested));
        }
        return (caller == null ? java.util.List.<Unit>of() : caller.units()).stream()
                .filter(unit -> policies.of(unit.code()).isPresent()).findFirst()
                .orElseThrow(() -> new StepRejectedException("Tài khoản " + initiator
                        + " không thuộc đơn vị nào tổ chức hội nghị đối thoại; ghi mã đơn vị vào kế hoạch"));
    }

    private static LocalTime time(String text) {
        if (text == null) {
            return LocalTime.of(8, 0);
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new StepRejectedException("Giờ bắt đầu không hợp lệ (ví dụ 08:00): " + text);
        }
    }
}
