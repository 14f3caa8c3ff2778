package vn.danvan.supervision;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;
import vn.danvan.support.TimedSteps;

/**
 * bpmn/supervision-recommendation.bpmn on the engine alone: an answer judged satisfactory, or not and
 * decided by the Party committee (re-supervise, urge another answer, close), an overdue answer put to
 * the committee (the same three), every end event, and the timers of the answer step.
 */
@Deployment(resources = {"supervision-recommendation.bpmn", "forms/supervision-record-answer.form",
        "forms/supervision-judge.form", "forms/supervision-committee-decide.form", "forms/deadline-follow-up.form"})
class SupervisionRecommendationProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in SupervisionRecommendationProcess. */
    static final String STEP_RECORD = "ServiceTaskRecordAnswer";
    static final String END_RESOLVED = "EndEventRecommendationResolved";

    final StandIns standIns = new StandIns().deadlines();

    SupervisionRecommendationProcessTest() {
        standIns.delegate("recordAnswerDelegate");
        standIns.delegate("startResupervisionDelegate");
        standIns.listener("supervisionTaskListener");
        standIns.listener("judgementListener");
        standIns.listener("committeeDecisionListener");
    }

    @Test
    void aSatisfactoryAnswerResolvesTheRecommendation() {
        ProcessInstance recommendation = made();
        assertThat(task()).hasCandidateGroup("hiepanmttq");

        answerAndJudge("SATISFACTORY");

        assertThat(recommendation).isEnded().hasPassed(STEP_RECORD, END_RESOLVED)
                .hasNotPassed(SupervisionRecommendationProcess.TASK_COMMITTEE_DECIDE);
        assertThat(standIns.callsOf("recordAnswerDelegate")).containsExactly(STEP_RECORD);
        assertThat(standIns.callsOf("judgementListener")).containsExactly("UserTaskJudgeAnswer:complete");
    }

    @ParameterizedTest(name = "an unsatisfactory answer the committee decides to {0} ends at {1}")
    @CsvSource({"RESUPERVISE, EndEventResupervised, 1", "CLOSE, EndEventClosedByCommittee, 0"})
    void anUnsatisfactoryAnswerGoesToTheCommittee(String decision, String end, int resupervisions) {
        ProcessInstance recommendation = made();
        answerAndJudge("UNSATISFACTORY");
        assertThat(recommendation).isWaitingAt(SupervisionRecommendationProcess.TASK_COMMITTEE_DECIDE);
        assertThat(task()).hasCandidateGroup("hiepandanguy");

        complete(task(), Map.of(SupervisionRecommendationProcess.COMMITTEE_DECISION, decision));

        assertThat(recommendation).isEnded().hasPassed(end).hasNotPassed(END_RESOLVED);
        assertThat(standIns.callsOf("startResupervisionDelegate")).hasSize(resupervisions);
    }

    @Test
    void theCommitteeMayUrgeAnotherAnswer() {
        ProcessInstance recommendation = made();
        answerAndJudge("UNSATISFACTORY");

        complete(task(), Map.of(SupervisionRecommendationProcess.COMMITTEE_DECISION, "URGE"));
        assertThat(recommendation).isWaitingAt(SupervisionRecommendationProcess.TASK_RECORD_ANSWER);

        answerAndJudge("SATISFACTORY");
        assertThat(recommendation).isEnded().hasPassed(END_RESOLVED);
        assertThat(standIns.callsOf("recordAnswerDelegate")).hasSize(2);
    }

    @ParameterizedTest(name = "an overdue answer the committee decides to {0} ends at {1}")
    @CsvSource({"RESUPERVISE, EndEventOverdueResupervised, true", "CLOSE, EndEventOverdueClosed, true",
            "URGE, EndEventOverdueUrged, false"})
    void anOverdueAnswerGoesToTheCommittee(String decision, String end, boolean endsTheRecommendation) {
        ProcessInstance recommendation = made();

        runtimeService().createMessageCorrelation(SupervisionRecommendationProcess.MESSAGE_OVERDUE)
                .processInstanceId(recommendation.getId()).correlateWithResult();
        assertThat(recommendation).isWaitingAt(SupervisionRecommendationProcess.TASK_RECORD_ANSWER,
                SupervisionRecommendationProcess.TASK_COMMITTEE_ON_OVERDUE);
        assertThat(task(SupervisionRecommendationProcess.TASK_COMMITTEE_ON_OVERDUE)).hasCandidateGroup("hiepandanguy");

        complete(task(SupervisionRecommendationProcess.TASK_COMMITTEE_ON_OVERDUE),
                Map.of(SupervisionRecommendationProcess.COMMITTEE_DECISION, decision));

        assertThat(recommendation).hasPassed(end);
        if (endsTheRecommendation) {
            assertThat(recommendation).isEnded();
        } else {
            assertThat(recommendation).isWaitingAt(SupervisionRecommendationProcess.TASK_RECORD_ANSWER);
            answerAndJudge("SATISFACTORY");
            assertThat(recommendation).isEnded().hasPassed(END_RESOLVED);
        }
    }

    @Test
    void aLateAnswerIsRemindedEscalatedAndFollowedUp() {
        ProcessInstance recommendation = made();

        TimedSteps.fireEveryTimerAndFollowUp(recommendation, SupervisionRecommendationProcess.TASK_RECORD_ANSWER);
        answerAndJudge("SATISFACTORY");

        assertThat(recommendation).isEnded().hasPassed(
                TimedSteps.stepDone(recommendation, SupervisionRecommendationProcess.TASK_RECORD_ANSWER), END_RESOLVED);
    }

    private void answerAndJudge(String judgement) {
        complete(task(SupervisionRecommendationProcess.TASK_RECORD_ANSWER), Map.of(SupervisionRecommendationProcess.RESPONSE,
                "ACCEPTED", SupervisionRecommendationProcess.RESPONSE_TEXT, "Đã tiếp thu"));
        complete(task(SupervisionRecommendationProcess.TASK_JUDGE), Map.of(SupervisionRecommendationProcess.JUDGEMENT,
                judgement));
    }

    private ProcessInstance made() {
        ProcessInstance recommendation = runtimeService().createProcessInstanceByKey(SupervisionRecommendationProcess.KEY)
                .businessKey("GS-1-KN01").setVariables(Map.of(SupervisionRecommendationProcess.RECOMMENDATION_ID, "GS-1-KN01",
                        SupervisionCampaignProcess.UNIT_CODE, "hiepanmttq", SupervisionCampaignProcess.COMMITTEE_UNIT,
                        "hiepandanguy"))
                .execute();
        assertThat(recommendation).isStarted().isWaitingAt(SupervisionRecommendationProcess.TASK_RECORD_ANSWER);
        return recommendation;
    }
}
