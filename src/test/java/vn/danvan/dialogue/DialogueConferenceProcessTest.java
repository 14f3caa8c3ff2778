package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;

/**
 * bpmn/dialogue-conference.bpmn on the engine alone: a plan the Party committee rejects; a conference
 * whose question collection is closed by hand or by its deadline, with questions (one assignment task
 * each) or none, held and concluded; both end events.
 */
@Deployment(resources = {"dialogue-conference.bpmn", "forms/dialogue-plan.form", "forms/dialogue-approve.form",
        "forms/dialogue-close-collection.form", "forms/dialogue-assign-question.form", "forms/dialogue-hold.form",
        "forms/dialogue-conclusion.form"})
class DialogueConferenceProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in DialogueConferenceProcess. */
    static final String END_REJECTED = "EndEventPlanRejected";
    static final String END_CONCLUDED = "EndEventConferenceConcluded";
    static final String COLLECTION_DEADLINE = "BoundaryEventCollectionDeadline";
    static final String STEP_CLOSE_COLLECTION = "ServiceTaskCloseCollection";

    final StandIns standIns = new StandIns();
    boolean questionsCollected;

    DialogueConferenceProcessTest() {
        for (String delegate : new String[] {"registerConferenceDelegate", "confirmPlanDelegate", "rejectPlanDelegate",
                "announceThemesDelegate", "recordConferenceHeldDelegate", "issueConclusionDelegate"}) {
            standIns.delegate(delegate);
        }
        standIns.delegate("closeCollectionDelegate",
                execution -> execution.setVariable(DialogueConferenceProcess.HAS_QUESTIONS, questionsCollected));
        standIns.listener("conferenceTaskListener");
        standIns.listener("questionAssignmentListener");
        EngineFixture.register("dialogueQuestionIds", new QuestionIdsStandIn(List.of("Q-1", "Q-2")));
    }

    @Test
    void aPlanTheCommitteeRejectsEnds() {
        ProcessInstance conference = planned();
        assertThat(task()).hasCandidateGroup("hiepandanguy");

        complete(task(), Map.of(DialogueConferenceProcess.APPROVAL, "REJECT"));

        assertThat(conference).isEnded().hasPassed(END_REJECTED).hasNotPassed(DialogueConferenceProcess.TASK_CLOSE_COLLECTION);
        assertThat(standIns.callsOf("rejectPlanDelegate")).hasSize(1);
    }

    @Test
    void questionsAreAssignedOneByOneThenTheConferenceIsHeldAndConcluded() {
        questionsCollected = true;
        ProcessInstance conference = approved();

        complete(task(DialogueConferenceProcess.TASK_CLOSE_COLLECTION));
        List<Task> assignments = taskService().createTaskQuery().processInstanceId(conference.getId())
                .taskDefinitionKey(DialogueConferenceProcess.TASK_ASSIGN_QUESTION).list();
        assertThat(assignments).hasSize(2);
        assignments.forEach(assignment -> complete(assignment, Map.of(DialogueConferenceProcess.ANSWERING_AGENCY, "huyen")));
        assertThat(standIns.callsOf("questionAssignmentListener")).hasSize(2);

        holdAndConclude(conference);
    }

    @Test
    void aCollectionThatReachesItsDeadlineClosesByItselfAndWithoutQuestionsTheConferenceIsHeld() {
        questionsCollected = false;
        ProcessInstance conference = approved();

        execute(job(COLLECTION_DEADLINE));

        assertThat(conference).hasPassed(COLLECTION_DEADLINE, STEP_CLOSE_COLLECTION)
                .hasNotPassed(DialogueConferenceProcess.TASK_ASSIGN_QUESTION);
        holdAndConclude(conference);
    }

    private void holdAndConclude(ProcessInstance conference) {
        assertThat(conference).isWaitingAt(DialogueConferenceProcess.TASK_HOLD_CONFERENCE);
        complete(task(), Map.of(DialogueConferenceProcess.MINUTES, "Biên bản"));
        assertThat(conference).isWaitingAt(DialogueConferenceProcess.TASK_ISSUE_CONCLUSION);
        complete(task(), Map.of(DialogueConferenceProcess.CONCLUSION, "Kết luận"));
        assertThat(conference).isEnded().hasPassed(END_CONCLUDED).hasNotPassed(END_REJECTED);
        assertThat(standIns.callsOf("issueConclusionDelegate")).hasSize(1);
    }

    private ProcessInstance approved() {
        ProcessInstance conference = planned();
        complete(task(), Map.of(DialogueConferenceProcess.APPROVAL, "APPROVE"));
        assertThat(conference).isWaitingAt(DialogueConferenceProcess.TASK_CLOSE_COLLECTION);
        assertThat(task()).hasCandidateGroup("hiepan");
        return conference;
    }

    private ProcessInstance planned() {
        ProcessInstance conference = runtimeService().createProcessInstanceByKey(DialogueConferenceProcess.KEY)
                .businessKey("DLG-HIEPAN-1").setVariables(Map.of(DialogueConferenceProcess.CONFERENCE_ID, "DLG-HIEPAN-1",
                        DialogueConferenceProcess.UNIT_CODE, "hiepan", DialogueConferenceProcess.APPROVER_GROUP, "hiepandanguy",
                        DialogueConferenceProcess.QUESTION_DEADLINE_AT, new Date(System.currentTimeMillis() + 86_400_000L * 7)))
                .execute();
        assertThat(conference).isStarted().isWaitingAt(DialogueConferenceProcess.TASK_APPROVE_PLAN);
        return conference;
    }
}
