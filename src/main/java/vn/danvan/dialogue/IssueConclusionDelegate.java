package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;
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
        String conferenceId = StepSupport.string(execution, DialogueConferenceProcess.CONFERENCE_ID);
        for (int slot = 1; slot <= DialogueConferenceProcess.COMMITMENT_SLOTS; slot++) {
            String content = StepSupport.string(execution, DialogueConferenceProcess.commitmentContent(slot));
            if (content == null) {
                continue;
            }
            String owner = StepSupport.required(execution, DialogueConferenceProcess.commitmentOwner(slot),
                    "đơn vị thực hiện cam kết " + slot);
            try {
                commitments.add(conferenceId, new Commitments.NewCommitment(owner, content,
                        Dates.parse(execution.getVariable(DialogueConferenceProcess.commitmentDue(slot)),
                                "Hạn thực hiện cam kết " + slot), null, null), StepSupport.actor());
            } catch (InvalidInputException e) {
                // the officer reads this in Tasklist: say in Vietnamese what to correct
                throw new StepRejectedException("Cam kết " + slot + ": " + switch (e.field()) {
                    case "ownerUnitCode" -> "không có đơn vị mã '" + owner + "' (nhập mã đơn vị viết thường, ví dụ tanhoi)";
                    case "dueDate" -> "hạn thực hiện phải sau ngày hội nghị";
                    default -> "không hợp lệ (" + e.getMessage() + ")";
                });
            }
        }
        steps.conclude(conferenceId,
                StepSupport.required(execution, DialogueConferenceProcess.CONCLUSION, "nội dung kết luận"),
                StepSupport.string(execution, DialogueConferenceProcess.NOTICE_NUMBER), StepSupport.actor());
    }
}
