package vn.danvan.dialogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/** The conference took place: minutes, attendance, and which questions were answered on the spot. */
@Component("recordConferenceHeldDelegate")
class RecordConferenceHeldDelegate implements JavaDelegate {

    private final ConferenceSteps steps;
    private final WrittenAnswers writtenAnswers;
    private final Conferences conferences;

    RecordConferenceHeldDelegate(ConferenceSteps steps, WrittenAnswers writtenAnswers, Conferences conferences) {
        this.steps = steps;
        this.writtenAnswers = writtenAnswers;
        this.conferences = conferences;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String answered = StepSupport.string(execution, DialogueConferenceProcess.ANSWERED_ON_THE_SPOT);
        String conferenceId = StepSupport.string(execution, DialogueConferenceProcess.CONFERENCE_ID);
        Object attendance = execution.getVariable(DialogueConferenceProcess.ATTENDANCE);
        steps.held(conferenceId,
                Conferences.now().toInstant(), attendance == null ? 0 : ((Number) attendance).intValue(),
                StepSupport.required(execution, DialogueConferenceProcess.MINUTES, "biên bản hội nghị"),
                numbers(StepSupport.string(execution, DialogueConferenceProcess.ANSWERED_NUMBERS)),
                "ALL".equals(answered),
                "ALL".equals(answered) ? new ConferenceSteps.AnsweringUnits(null, Map.of()) : answering(execution, conferenceId),
                StepSupport.actor());
    }

    /**
     * The units that answer in writing, as the form chose them from the unit list; the conference's own
     * unit when the form did not say (a caller of the engine's API that predates the choice).
     */
    private ConferenceSteps.AnsweringUnits answering(DelegateExecution execution, String conferenceId) {
        String others = StepSupport.string(execution, DialogueConferenceProcess.WRITTEN_ANSWER_UNIT);
        Unit othersUnit = writtenAnswers.activeUnit(others != null ? others : conferences.get(conferenceId).unitCode(),
                DialogueConferenceProcess.WRITTEN_ANSWER_UNIT, "Đơn vị trả lời bằng văn bản");
        Map<Integer, Unit> byNumber = new HashMap<>();
        for (int slot = 1; slot <= DialogueConferenceProcess.WRITTEN_ANSWER_SLOTS; slot++) {
            Integer number = StepSupport.integer(execution, DialogueConferenceProcess.writtenAnswerNumber(slot));
            String unit = StepSupport.string(execution, DialogueConferenceProcess.writtenAnswerUnit(slot));
            if (number == null && unit == null) {
                continue;
            }
            if (number == null) {
                throw new StepRejectedException("Thiếu số câu hỏi (" + DialogueConferenceProcess.writtenAnswerNumber(slot)
                        + ") cho đơn vị trả lời " + slot);
            }
            byNumber.put(number, writtenAnswers.activeUnit(unit, DialogueConferenceProcess.writtenAnswerUnit(slot),
                    "Đơn vị trả lời câu số " + number));
        }
        return new ConferenceSteps.AnsweringUnits(othersUnit, byNumber);
    }

    /** "1, 3; 4" → {1, 3, 4}: the numbers of the questions answered on the spot. */
    static Set<Integer> numbers(String text) {
        Set<Integer> numbers = new HashSet<>();
        if (text == null) {
            return numbers;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                try {
                    numbers.add(Integer.parseInt(part.replaceAll("(?i)^q", "")));
                } catch (NumberFormatException e) {
                    throw new StepRejectedException("Số thứ tự câu hỏi không hợp lệ: " + part);
                }
            }
        }
        return numbers;
    }
}
