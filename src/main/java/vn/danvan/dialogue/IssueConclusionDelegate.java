package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.web.InvalidInputException;

/**
 * The conclusion notice: the commitments written in the form's slots join those entered through the
 * REST API, and each becomes a tracked item.
 */
@Component("issueConclusionDelegate")
class IssueConclusionDelegate implements JavaDelegate {

    private final ConferenceSteps steps;
    private final Commitments commitments;

    IssueConclusionDelegate(ConferenceSteps steps, Commitments commitments) {
        this.steps = steps;
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String conferenceId = Actors.string(execution, DialogueConferenceProcess.CONFERENCE_ID);
        for (int slot = 1; slot <= DialogueConferenceProcess.COMMITMENT_SLOTS; slot++) {
            String content = Actors.string(execution, DialogueConferenceProcess.commitmentContent(slot));
            if (content == null) {
                continue;
            }
            try {
                commitments.add(conferenceId, new Commitments.NewCommitment(
                        Actors.required(execution, DialogueConferenceProcess.commitmentOwner(slot), "đơn vị thực hiện cam kết " + slot),
                        content, Dates.parse(execution.getVariable(DialogueConferenceProcess.commitmentDue(slot)),
                                "Hạn thực hiện cam kết " + slot), null, null), Actors.current());
            } catch (InvalidInputException e) {
                throw new DialogueStepRejectedException("Cam kết " + slot + " không hợp lệ: " + e.getMessage());
            }
        }
        steps.conclude(conferenceId, Actors.required(execution, DialogueConferenceProcess.CONCLUSION, "nội dung kết luận"),
                Actors.string(execution, DialogueConferenceProcess.NOTICE_NUMBER), Actors.current());
    }
}
