package vn.danvan.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepSupport;

/**
 * On every conference task as it appears: a name that carries the conference ("Tổ chức hội nghị ·
 * DIALOGUE-TANHOI-2026-01: Đất đai, giao thông", so a Tasklist list says which conference each
 * task is about), due on the conference day; on a question's assignment task, the question itself.
 */
@Component("conferenceTaskListener")
class ConferenceTaskListener implements TaskListener {

    private final Conferences conferences;
    private final Questions questions;
    private final UnitDirectory units;
    private final ObjectMapper json;

    ConferenceTaskListener(Conferences conferences, Questions questions, UnitDirectory units, ObjectMapper json) {
        this.conferences = conferences;
        this.questions = questions;
        this.units = units;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        Conference c = conferences.get((String) task.getVariable(DialogueConferenceProcess.CONFERENCE_ID));
        String about = c.conferenceId();
        String questionId = (String) task.getVariableLocal(DialogueConferenceProcess.QUESTION_ID);
        if (questionId == null && task.getExecution() != null) {
            questionId = (String) task.getExecution().getVariableLocal(DialogueConferenceProcess.QUESTION_ID);
        }
        if (questionId != null) {
            Question q = questions.get(questionId);
            task.setVariableLocal(DialogueConferenceProcess.QUESTION_TEXT, "Câu hỏi " + q.number() + " (" + q.askedBy()
                    + (q.locality() == null ? "" : ", " + q.locality()) + "): " + q.content()
                    + (q.caseIds().isEmpty() ? "" : "\n\nHồ sơ đơn liên quan: " + String.join(", ", q.caseIds())));
            about = questionId;
        }
        StepSupport.name(task, task.getName() + " · " + about + ": " + c.themes());
        task.setDueDate(java.util.Date.from(vn.danvan.calendar.WorkingCalendar.endOf(c.plannedDate())));
        if (DialogueConferenceProcess.TASK_HOLD_CONFERENCE.equals(task.getTaskDefinitionKey())) {
            offerUnits(task, c);
        }
    }

    /**
     * The hold form picks the unit that answers in writing from the unit table's active units (a
     * select over a JSON task variable), with the conference's own unit preselected.
     */
    private void offerUnits(DelegateTask task, Conference c) {
        List<Map<String, String>> options = units.all().stream()
                .sorted(Comparator.comparing((Unit u) -> !u.code().equals(c.unitCode())).thenComparing(Unit::level)
                        .thenComparing(Unit::name))
                .map(u -> Map.of("label", u.name() + " (" + u.code() + ")", "value", u.code())).toList();
        try {
            task.setVariableLocal(DialogueConferenceProcess.UNIT_OPTIONS,
                    SpinValues.jsonValue(json.writeValueAsString(options)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the unit list", e);
        }
        // on the process, not the task: the form submits it, and the step after the task reads it
        if (task.getExecution().getVariable(DialogueConferenceProcess.WRITTEN_ANSWER_UNIT) == null) {
            task.getExecution().setVariable(DialogueConferenceProcess.WRITTEN_ANSWER_UNIT, c.unitCode());
        }
    }
}
