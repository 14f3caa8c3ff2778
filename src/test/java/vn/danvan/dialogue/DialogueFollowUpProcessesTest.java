package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;
import vn.danvan.support.TimedSteps;

/**
 * What follows a dialogue conference, on the engine alone: bpmn/dialogue-commitment.bpmn (a commitment
 * confirmed fulfilled, or carried over) and bpmn/dialogue-written-answer.bpmn (a question answered in
 * writing); every end event and the timers of both timed steps. Delegates and listeners are stand-ins.
 */
@Deployment(resources = {"dialogue-commitment.bpmn", "dialogue-written-answer.bpmn",
        "forms/dialogue-confirm-commitment.form", "forms/dialogue-written-answer.form", "forms/deadline-follow-up.form"})
class DialogueFollowUpProcessesTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in DialogueCommitmentProcess. */
    static final String COMMITMENT_FULFILLED = "EndEventCommitmentFulfilled";
    static final String COMMITMENT_CARRIED_OVER = "EndEventCommitmentCarriedOver";
    static final String RECORD_FULFILLED = "ServiceTaskRecordFulfilled";
    static final String RECORD_UNFULFILLED = "ServiceTaskRecordUnfulfilled";

    final StandIns standIns = new StandIns().deadlines();

    DialogueFollowUpProcessesTest() {
        standIns.delegate("recordFulfilledDelegate");
        standIns.delegate("recordUnfulfilledDelegate");
        standIns.delegate("recordWrittenAnswerDelegate");
        standIns.listener("commitmentTaskListener");
        standIns.listener("writtenAnswerTaskListener");
    }

    @Test
    void aFulfilledCommitmentIsRecordedSo() {
        ProcessInstance commitment = commitment();
        assertThat(commitment).isWaitingAt(DialogueCommitmentProcess.TASK_CONFIRM);
        assertThat(task()).hasCandidateGroup("hiepanmttq");

        complete(task(), Map.of(DialogueCommitmentProcess.RESULT, "FULFILLED"));

        assertThat(commitment).isEnded().hasPassed(RECORD_FULFILLED, COMMITMENT_FULFILLED).hasNotPassed(RECORD_UNFULFILLED);
        assertThat(standIns.callsOf("commitmentTaskListener")).containsExactly("UserTaskConfirmCommitment:create",
                "UserTaskConfirmCommitment:complete");
    }

    @Test
    void anUnfulfilledCommitmentIsCarriedOver() {
        ProcessInstance commitment = commitment();

        complete(task(), Map.of(DialogueCommitmentProcess.RESULT, "UNFULFILLED",
                DialogueCommitmentProcess.OUTCOME_NOTE, "Chưa có kinh phí"));

        assertThat(commitment).isEnded().hasPassed(RECORD_UNFULFILLED, COMMITMENT_CARRIED_OVER)
                .hasNotPassed(RECORD_FULFILLED);
    }

    @Test
    void aLateCommitmentIsRemindedEscalatedAndFollowedUp() {
        ProcessInstance commitment = commitment();

        TimedSteps.fireEveryTimerAndFollowUp(commitment, DialogueCommitmentProcess.TASK_CONFIRM);
        complete(task(DialogueCommitmentProcess.TASK_CONFIRM), Map.of(DialogueCommitmentProcess.RESULT, "FULFILLED"));

        assertThat(commitment).isEnded()
                .hasPassed(TimedSteps.stepDone(commitment, DialogueCommitmentProcess.TASK_CONFIRM), COMMITMENT_FULFILLED);
        assertThat(standIns.callsOf("followUpTaskListener")).hasSize(2);
    }

    @Test
    void aQuestionIsAnsweredInWritingByItsUnit() {
        ProcessInstance question = question();
        assertThat(question).isWaitingAt(DialogueWrittenAnswerProcess.TASK_ANSWER);
        assertThat(task()).hasCandidateGroup("huyen");

        complete(task(), Map.of(DialogueWrittenAnswerProcess.ANSWER_CONTENT, "Đã bố trí kinh phí",
                DialogueWrittenAnswerProcess.DOCUMENT_NUMBER, "45/UBND"));

        assertThat(question).isEnded().hasPassed(DialogueWrittenAnswerProcess.SERVICE_TASK_RECORD,
                DialogueWrittenAnswerProcess.END_ANSWERED);
        assertThat(standIns.callsOf("recordWrittenAnswerDelegate"))
                .containsExactly(DialogueWrittenAnswerProcess.SERVICE_TASK_RECORD);
    }

    @Test
    void aLateWrittenAnswerIsRemindedEscalatedAndFollowedUp() {
        ProcessInstance question = question();

        TimedSteps.fireEveryTimerAndFollowUp(question, DialogueWrittenAnswerProcess.TASK_ANSWER);
        assertThat(question).hasPassed(DialogueWrittenAnswerProcess.TASK_FOLLOW_UP_LATE,
                DialogueWrittenAnswerProcess.TASK_FOLLOW_UP_VERY_LATE);
        complete(task(DialogueWrittenAnswerProcess.TASK_ANSWER));

        assertThat(question).isEnded().hasPassed(DialogueWrittenAnswerProcess.END_ANSWERED,
                TimedSteps.stepDone(question, DialogueWrittenAnswerProcess.TASK_ANSWER));
    }

    private ProcessInstance commitment() {
        ProcessInstance commitment = runtimeService().createProcessInstanceByKey(DialogueCommitmentProcess.KEY)
                .businessKey("CK-1").setVariables(Map.of(DialogueCommitmentProcess.COMMITMENT_ID, "CK-1",
                        DialogueCommitmentProcess.CONFERENCE_ID, "DLG-1", DialogueCommitmentProcess.UNIT_CODE, "hiepan",
                        DialogueCommitmentProcess.FRONT_UNIT_CODE, "hiepanmttq",
                        DialogueCommitmentProcess.OWNER_UNIT_CODE, "hiepan",
                        DialogueCommitmentProcess.CONTENT, "Sửa đường thôn 3"))
                .execute();
        assertThat(commitment).isStarted();
        return commitment;
    }

    private ProcessInstance question() {
        ProcessInstance question = runtimeService().createProcessInstanceByKey(DialogueWrittenAnswerProcess.KEY)
                .businessKey("Q-1").setVariables(Map.of(DialogueWrittenAnswerProcess.QUESTION_ID, "Q-1",
                        DialogueWrittenAnswerProcess.CONFERENCE_ID, "DLG-1",
                        DialogueWrittenAnswerProcess.ANSWER_UNIT_CODE, "huyen"))
                .execute();
        assertThat(question).isStarted();
        return question;
    }
}
