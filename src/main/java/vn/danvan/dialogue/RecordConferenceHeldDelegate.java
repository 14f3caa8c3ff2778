package vn.danvan.dialogue;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;

/** The conference took place: minutes, attendance, and which questions were answered on the spot. */
@Component("recordConferenceHeldDelegate")
class RecordConferenceHeldDelegate implements JavaDelegate {

    private final ConferenceSteps steps;

    RecordConferenceHeldDelegate(ConferenceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String answered = Actors.string(execution, DialogueConferenceProcess.ANSWERED_ON_THE_SPOT);
        Object attendance = execution.getVariable(DialogueConferenceProcess.ATTENDANCE);
        steps.held(Actors.string(execution, DialogueConferenceProcess.CONFERENCE_ID),
                Conferences.now().toInstant(), attendance == null ? 0 : ((Number) attendance).intValue(),
                Actors.required(execution, DialogueConferenceProcess.MINUTES, "biên bản hội nghị"),
                numbers(Actors.string(execution, DialogueConferenceProcess.ANSWERED_NUMBERS)), "ALL".equals(answered),
                Actors.current());
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
