package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;

/**
 * bpmn/dialogue-yearly-prompt.bpmn on the engine alone: a unit already planned, plans when prompted,
 * plans through another door, or lets the plan-by date pass and is followed up; every end event.
 */
@Deployment(resources = {"dialogue-yearly-prompt.bpmn", "forms/dialogue-plan-yearly.form",
        "forms/dialogue-follow-up-unplanned.form"})
class DialogueYearlyPromptProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in DialogueYearlyProcess. */
    static final String END_ALREADY_PLANNED = "EndEventAlreadyPlanned";
    static final String END_PLANNED = "EndEventConferencePlanned";
    static final String END_PLANNED_ELSEWHERE = "EndEventPlannedElsewhere";
    static final String END_FOLLOWED_UP = "EndEventFollowedUp";
    static final String TIMER_PLAN_BY = "BoundaryEventPlanByPassed";
    static final String STEP_START_CONFERENCE = "ServiceTaskStartConference";

    final StandIns standIns = new StandIns();

    DialogueYearlyPromptProcessTest() {
        standIns.delegate("startPlannedConferenceDelegate");
        standIns.listener("promptTaskListener");
    }

    @Test
    void aUnitThatAlreadyPlannedIsNotPrompted() {
        ProcessInstance prompt = prompt(true);

        assertThat(prompt).isEnded().hasPassed(END_ALREADY_PLANNED).hasNotPassed(DialogueYearlyPromptProcess.TASK_PLAN);
    }

    @Test
    void aPromptedUnitPlansItsConference() {
        ProcessInstance prompt = prompt(false);
        assertThat(prompt).isWaitingAt(DialogueYearlyPromptProcess.TASK_PLAN);
        assertThat(task()).hasCandidateGroup("hiepan");

        complete(task());

        assertThat(prompt).isEnded().hasPassed(STEP_START_CONFERENCE, END_PLANNED);
        assertThat(standIns.callsOf("startPlannedConferenceDelegate")).containsExactly(STEP_START_CONFERENCE);
    }

    @Test
    void aConferencePlannedThroughAnotherDoorEndsThePrompt() {
        ProcessInstance prompt = prompt(false);

        runtimeService().createMessageCorrelation(DialogueYearlyPromptProcess.MESSAGE_PLANNED)
                .processInstanceBusinessKey(DialogueYearlyPromptProcess.businessKey("hiepan", 2026)).correlateWithResult();

        assertThat(prompt).isEnded().hasPassed(END_PLANNED_ELSEWHERE).hasNotPassed(STEP_START_CONFERENCE);
    }

    @Test
    void aUnitThatLetsThePlanByDatePassIsFollowedUpAndMayStillPlan() {
        ProcessInstance prompt = prompt(false);

        execute(job(TIMER_PLAN_BY));
        assertThat(prompt).isWaitingAt(DialogueYearlyPromptProcess.TASK_PLAN, DialogueYearlyPromptProcess.TASK_FOLLOW_UP);
        assertThat(task(DialogueYearlyPromptProcess.TASK_FOLLOW_UP)).hasCandidateGroup("hiepandanguy");
        complete(task(DialogueYearlyPromptProcess.TASK_FOLLOW_UP));
        assertThat(prompt).hasPassed(END_FOLLOWED_UP).isWaitingAt(DialogueYearlyPromptProcess.TASK_PLAN);

        complete(task(DialogueYearlyPromptProcess.TASK_PLAN));
        assertThat(prompt).isEnded().hasPassed(END_PLANNED);
    }

    private ProcessInstance prompt(boolean alreadyPlanned) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DialogueYearlyPromptProcess.UNIT_CODE, "hiepan");
        variables.put(DialogueYearlyPromptProcess.YEAR, 2026);
        variables.put(DialogueYearlyPromptProcess.PLAN_BY, new Date(System.currentTimeMillis() + 86_400_000L * 30));
        variables.put(DialogueYearlyPromptProcess.PLAN_BY_TEXT, "30/06/2026");
        variables.put(DialogueYearlyPromptProcess.ALREADY_PLANNED, alreadyPlanned);
        variables.put(DialogueYearlyPromptProcess.ESCALATION_GROUP, "hiepandanguy");
        ProcessInstance prompt = runtimeService().createProcessInstanceByKey(DialogueYearlyPromptProcess.KEY)
                .businessKey(DialogueYearlyPromptProcess.businessKey("hiepan", 2026)).setVariables(variables).execute();
        assertThat(prompt).isStarted();
        return prompt;
    }
}
