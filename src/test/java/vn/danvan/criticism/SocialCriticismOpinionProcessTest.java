package vn.danvan.criticism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
 * bpmn/social-criticism-opinion.bpmn on the engine alone: an organisation gives its opinion on time or
 * late (reminded, escalated, followed up); its end event, reached after an async continuation.
 */
@Deployment(resources = {"social-criticism-opinion.bpmn", "forms/criticism-give-opinion.form",
        "forms/deadline-follow-up.form"})
class SocialCriticismOpinionProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in SocialCriticismOpinionProcess. */
    static final String END_GIVEN = "EndEventOpinionGiven";

    final StandIns standIns = new StandIns().deadlines();

    SocialCriticismOpinionProcessTest() {
        standIns.listener("criticismStepListener");
        standIns.listener("criticismTaskListener");
    }

    @Test
    void anOrganisationGivesItsOpinion() {
        ProcessInstance opinion = requested();
        assertThat(task()).hasCandidateGroup("hiepanhnd");

        complete(task(), Map.of(SocialCriticismOpinionProcess.OPINION, "Đồng ý với dự thảo"));
        assertThat(opinion).as("the end waits for its async continuation").isNotEnded();
        execute(job());

        assertThat(opinion).isEnded().hasPassed(END_GIVEN);
        assertThat(standIns.callsOf("criticismStepListener")).containsExactly("UserTaskGiveOpinion:complete");
    }

    @Test
    void aLateOpinionIsRemindedEscalatedAndFollowedUp() {
        ProcessInstance opinion = requested();

        TimedSteps.fireEveryTimerAndFollowUp(opinion, SocialCriticismOpinionProcess.TASK_GIVE_OPINION);
        assertThat(opinion).hasPassed(SocialCriticismOpinionProcess.TASK_FOLLOW_UP_LATE,
                SocialCriticismOpinionProcess.TASK_FOLLOW_UP_VERY_LATE);
        complete(task(SocialCriticismOpinionProcess.TASK_GIVE_OPINION));
        execute(job());

        assertThat(opinion).isEnded()
                .hasPassed(TimedSteps.stepDone(opinion, SocialCriticismOpinionProcess.TASK_GIVE_OPINION), END_GIVEN);
    }

    private ProcessInstance requested() {
        ProcessInstance opinion = runtimeService().createProcessInstanceByKey(SocialCriticismOpinionProcess.KEY)
                .businessKey("PB-1").setVariables(Map.of(SocialCriticismOpinionProcess.OPINION_ID, "PB-1-hiepanhnd",
                        SocialCriticismProcess.ORGANISATION_UNIT, "hiepanhnd"))
                .execute();
        assertThat(opinion).isStarted().isWaitingAt(SocialCriticismOpinionProcess.TASK_GIVE_OPINION);
        return opinion;
    }
}
