package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;
import vn.danvan.support.TimedSteps;

/**
 * bpmn/supervision-campaign.bpmn on the engine alone: a programme the Party committee does not agree,
 * and one carried from team to final report whose recommendations are each followed up by a
 * supervision-recommendation process (called once per recommendation) before the campaign closes; both
 * end events and the timers of the self-report step.
 */
@Deployment(resources = {"supervision-campaign.bpmn", "supervision-recommendation.bpmn", "forms/supervision-programme.form",
        "forms/supervision-agree.form", "forms/supervision-team.form", "forms/supervision-notice.form",
        "forms/supervision-self-report.form", "forms/supervision-field-work.form", "forms/supervision-draft.form",
        "forms/supervision-final-report.form", "forms/supervision-record-answer.form", "forms/supervision-judge.form",
        "forms/supervision-committee-decide.form", "forms/deadline-follow-up.form"})
class SupervisionCampaignProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in SupervisionCampaignProcess. */
    static final String END_CLOSED = "EndEventCampaignClosed";
    static final String END_NOT_AGREED = "EndEventNotAgreed";
    static final String FOLLOW_UP_RECOMMENDATIONS = "CallActivityFollowUpRecommendations";
    static final String STEP_CLOSE = "ServiceTaskCloseCampaign";

    final StandIns standIns = new StandIns().deadlines();

    SupervisionCampaignProcessTest() {
        for (String delegate : new String[] {"registerCampaignDelegate", "issueRecommendationsDelegate", "closeCampaignDelegate",
                "declineCampaignDelegate", "recordAnswerDelegate", "startResupervisionDelegate"}) {
            standIns.delegate(delegate);
        }
        for (String listener : new String[] {"supervisionTaskListener", "campaignStepListener", "findingInspectionListener",
                "judgementListener", "committeeDecisionListener"}) {
            standIns.listener(listener);
        }
        EngineFixture.register("supervisionRecommendations", new RecommendationsStandIn(List.of("GS-1-KN01", "GS-1-KN02")));
    }

    @Test
    void aProgrammeTheCommitteeDoesNotAgreeEnds() {
        ProcessInstance campaign = entered();
        assertThat(task()).hasCandidateGroup("hiepandanguy");

        complete(task(), Map.of(SupervisionCampaignProcess.AGREEMENT, "REVISE"));

        assertThat(campaign).isEnded().hasPassed(END_NOT_AGREED).hasNotPassed(SupervisionCampaignProcess.TASK_FORM_TEAM);
        assertThat(standIns.callsOf("declineCampaignDelegate")).hasSize(1);
    }

    @Test
    void anAgreedCampaignClosesOnceEachRecommendationIsFollowedUp() {
        ProcessInstance campaign = entered();
        complete(task(), Map.of(SupervisionCampaignProcess.AGREEMENT, SupervisionCampaignProcess.AGREE));
        for (String step : new String[] {SupervisionCampaignProcess.TASK_FORM_TEAM, SupervisionCampaignProcess.TASK_SEND_NOTICE,
                SupervisionCampaignProcess.TASK_SELF_REPORT, SupervisionCampaignProcess.TASK_FIELD_WORK,
                SupervisionCampaignProcess.TASK_DISCUSS_DRAFT, SupervisionCampaignProcess.TASK_FINAL_REPORT}) {
            assertThat(campaign).isWaitingAt(step);
            assertThat(task()).hasCandidateGroup("hiepanmttq");
            complete(task());
        }
        assertThat(campaign).isWaitingAt(FOLLOW_UP_RECOMMENDATIONS);
        List<Task> answers = taskService().createTaskQuery().taskDefinitionKey(SupervisionRecommendationProcess.TASK_RECORD_ANSWER)
                .processInstanceBusinessKeyIn("GS-1-KN01", "GS-1-KN02").list();
        assertThat(answers).hasSize(2);

        for (String recommendation : new String[] {"GS-1-KN01", "GS-1-KN02"}) {
            assertThat(campaign).isNotEnded();
            complete(one(recommendation, SupervisionRecommendationProcess.TASK_RECORD_ANSWER));
            complete(one(recommendation, SupervisionRecommendationProcess.TASK_JUDGE),
                    Map.of(SupervisionRecommendationProcess.JUDGEMENT, "SATISFACTORY"));
        }

        assertThat(campaign).isEnded().hasPassed(FOLLOW_UP_RECOMMENDATIONS, STEP_CLOSE, END_CLOSED);
        assertThat(standIns.callsOf("campaignStepListener")).hasSize(7);
        assertThat(standIns.callsOf("issueRecommendationsDelegate")).hasSize(1);
    }

    @Test
    void aLateSelfReportIsRemindedEscalatedAndFollowedUp() {
        ProcessInstance campaign = entered();
        complete(task(), Map.of(SupervisionCampaignProcess.AGREEMENT, SupervisionCampaignProcess.AGREE));
        complete(task());
        complete(task());

        TimedSteps.fireEveryTimerAndFollowUp(campaign, SupervisionCampaignProcess.TASK_SELF_REPORT);
        complete(task(SupervisionCampaignProcess.TASK_SELF_REPORT));

        assertThat(campaign).hasPassed(TimedSteps.stepDone(campaign, SupervisionCampaignProcess.TASK_SELF_REPORT))
                .isWaitingAt(SupervisionCampaignProcess.TASK_FIELD_WORK);
    }

    private static Task one(String businessKey, String taskKey) {
        return taskService().createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    }

    private ProcessInstance entered() {
        ProcessInstance campaign = runtimeService().createProcessInstanceByKey(SupervisionCampaignProcess.KEY)
                .businessKey("GS-1").setVariables(Map.of(SupervisionCampaignProcess.CAMPAIGN_ID, "GS-1",
                        SupervisionCampaignProcess.UNIT_CODE, "hiepanmttq", SupervisionCampaignProcess.COMMITTEE_UNIT,
                        "hiepandanguy", SupervisionCampaignProcess.SUBJECT, "Giải quyết kiến nghị về đất đai",
                        SupervisionCampaignProcess.SUPERVISED_BODY, "Ủy ban nhân dân xã Hiệp An"))
                .execute();
        assertThat(campaign).isStarted().isWaitingAt(SupervisionCampaignProcess.TASK_AGREE);
        return campaign;
    }
}
