package vn.danvan.criticism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;
import vn.danvan.support.TimedSteps;

/**
 * bpmn/social-criticism.bpmn on the engine alone: each of its three forms (conference, written comments,
 * review council) through the organisations' opinions (one social-criticism-opinion process each), the
 * experts, the criticism document and the authority's response; its end event and the timers of the
 * response step.
 */
@Deployment(resources = {"social-criticism.bpmn", "social-criticism-opinion.bpmn", "forms/criticism-register.form",
        "forms/criticism-choose-form.form", "forms/criticism-conference.form", "forms/criticism-written.form",
        "forms/criticism-council.form", "forms/criticism-give-opinion.form", "forms/criticism-experts.form",
        "forms/criticism-issue.form", "forms/criticism-response.form", "forms/deadline-follow-up.form"})
class SocialCriticismProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    static final String CRITICISM = "PB-HIEPANMTTQ-1";

    final StandIns standIns = new StandIns().deadlines();

    SocialCriticismProcessTest() {
        for (String delegate : new String[] {"registerCriticismDelegate", "requestOpinionsDelegate", "recordResponseDelegate"}) {
            standIns.delegate(delegate);
        }
        standIns.listener("criticismTaskListener");
        standIns.listener("criticismStepListener");
        EngineFixture.register("criticismOpinions", new OpinionsStandIn(List.of("hiepanhnd", "hiepandoan")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"CONFERENCE, UserTaskPrepareConference", "WRITTEN, UserTaskSendForComments",
            "COUNCIL, UserTaskConveneCouncil"})
    void eachFormCollectsTheOrganisationsOpinionsAndEndsWithTheResponse(String form, String prepareStep) {
        ProcessInstance criticism = registered();

        complete(task(), Map.of(SocialCriticismProcess.FORM, form));
        assertThat(criticism).isWaitingAt(prepareStep);
        complete(task());
        assertThat(criticism).isWaitingAt(SocialCriticismProcess.CALL_COLLECT_OPINIONS);

        List<Task> opinions = taskService().createTaskQuery().taskDefinitionKey(SocialCriticismOpinionProcess.TASK_GIVE_OPINION)
                .processInstanceBusinessKeyIn(CRITICISM + "-hiepanhnd", CRITICISM + "-hiepandoan").list();
        assertThat(opinions).hasSize(2);
        for (Task opinion : opinions) {
            complete(opinion, Map.of(SocialCriticismOpinionProcess.OPINION, "Đồng ý"));
        }
        // each opinion process ends after an async continuation; then the criticism goes on
        for (Job end : managementService().createJobQuery().activityId(SocialCriticismOpinionProcessTest.END_GIVEN).list()) {
            execute(end);
        }

        assertThat(criticism).isWaitingAt(SocialCriticismProcess.TASK_EXPERT_OPINIONS);
        complete(task());
        assertThat(criticism).isWaitingAt(SocialCriticismProcess.TASK_ISSUE_CRITICISM);
        complete(task());
        assertThat(criticism).isWaitingAt(SocialCriticismProcess.TASK_RECORD_RESPONSE);
        complete(task(), Map.of(SocialCriticismProcess.RESPONSE, "ACCEPTED"));

        assertThat(criticism).isEnded().hasPassed(prepareStep, SocialCriticismProcess.END_CLOSED);
        assertThat(standIns.callsOf("recordResponseDelegate")).hasSize(1);
    }

    @Test
    void aLateResponseIsRemindedEscalatedAndFollowedUp() {
        ProcessInstance criticism = registered();
        complete(task(), Map.of(SocialCriticismProcess.FORM, "WRITTEN"));
        complete(task());
        for (Task opinion : taskService().createTaskQuery().taskDefinitionKey(SocialCriticismOpinionProcess.TASK_GIVE_OPINION)
                .list()) {
            complete(opinion);
        }
        for (Job end : managementService().createJobQuery().activityId(SocialCriticismOpinionProcessTest.END_GIVEN).list()) {
            execute(end);
        }
        complete(task());
        complete(task());

        TimedSteps.fireEveryTimerAndFollowUp(criticism, SocialCriticismProcess.TASK_RECORD_RESPONSE);
        assertThat(criticism).hasPassed(SocialCriticismProcess.TASK_FOLLOW_UP_LATE_RESPONSE,
                SocialCriticismProcess.TASK_FOLLOW_UP_VERY_LATE_RESPONSE);
        complete(task(SocialCriticismProcess.TASK_RECORD_RESPONSE));

        assertThat(criticism).isEnded().hasPassed(
                TimedSteps.stepDone(criticism, SocialCriticismProcess.TASK_RECORD_RESPONSE), SocialCriticismProcess.END_CLOSED);
    }

    private ProcessInstance registered() {
        ProcessInstance criticism = runtimeService().createProcessInstanceByKey(SocialCriticismProcess.KEY)
                .businessKey(CRITICISM).setVariables(Map.of(SocialCriticismProcess.CRITICISM_ID, CRITICISM,
                        SocialCriticismProcess.UNIT_CODE, "hiepanmttq", SocialCriticismProcess.TITLE, "Dự thảo quy hoạch",
                        SocialCriticismProcess.AUTHORITY, "UBND xã Hiệp An", SocialCriticismProcess.DRAFT_REFERENCE, "DT-1"))
                .execute();
        assertThat(criticism).isStarted().isWaitingAt(SocialCriticismProcess.TASK_CHOOSE_FORM);
        assertThat(task()).hasCandidateGroup("hiepanmttq");
        return criticism;
    }
}
