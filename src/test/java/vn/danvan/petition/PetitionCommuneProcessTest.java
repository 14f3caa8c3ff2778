package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.petition.PetitionCommuneProcess.Handling;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;
import vn.danvan.support.TimedSteps;

/**
 * bpmn/petition-commune.bpmn on the engine alone: every path (handled at the commune, extended, forwarded
 * and answered from above, closed as a duplicate, sent to the unit with authority), every end event,
 * the routing table's suggestion, and the three timers of every timed step. The delegates and listeners
 * are stand-ins that record their runs; what they do to the case is tested with the application.
 */
@Deployment(resources = {"petition-commune.bpmn", "petition-routing.dmn", "forms/petition-intake.form",
        "forms/petition-classify.form", "forms/petition-decide.form", "forms/petition-resolve-local.form",
        "forms/petition-inform-close.form", "forms/deadline-follow-up.form"})
class PetitionCommuneProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    static final String CASE = "LIENNGHIA-2026-00001";
    /** Not yet in PetitionCommuneProcess: the end events and the extension step. */
    static final String END_CLOSED = "EndEventCaseClosed";
    static final String END_DUPLICATE = "EndEventClosedAsDuplicate";
    static final String END_RETURNED = "EndEventReturnedToUnit";
    static final String STEP_EXTEND = "ServiceTaskExtendLocalDeadline";
    static final String STEP_FORWARD = "ServiceTaskForwardToDistrict";

    final StandIns standIns = new StandIns().deadlines();

    PetitionCommuneProcessTest() {
        for (String delegate : new String[] {"registerCaseDelegate", "forwardToDistrictDelegate", "markDuplicateDelegate",
                "returnToUnitDelegate", "extendDeadlineDelegate"}) {
            standIns.delegate(delegate);
        }
        for (String listener : new String[] {"caseTaskListener", "classificationListener", "handlingDecisionListener",
                "extensionRequestListener", "localResolutionListener", "closeCaseListener"}) {
            standIns.listener(listener);
        }
    }

    @Test
    void aPetitionTheCommuneHandlesIsResolvedTheCitizenToldAndTheCaseClosed() {
        ProcessInstance petition = received();
        assertThat(petition).isWaitingAt(PetitionCommuneProcess.TASK_CLASSIFY);
        assertThat(task()).hasCandidateGroup("liennghia");

        complete(task(), classification("RECOMMENDATION", "INFRASTRUCTURE", false, false, null));
        assertThat(petition).isWaitingAt(PetitionCommuneProcess.TASK_DECIDE_HANDLING).variables()
                .containsEntry(CaseVariables.HANDLING_LEVEL, "COMMUNE")
                .containsEntry(PetitionCommuneProcess.SUGGESTED_HANDLING, Handling.LOCAL.name())
                .containsEntry(CaseVariables.ROUTING_NOTE, "Kiến nghị, phản ánh thuộc thẩm quyền cấp xã");

        decide(Handling.LOCAL);
        assertThat(petition).isWaitingAt(PetitionCommuneProcess.TASK_RESOLVE_LOCALLY);
        assertThat(task()).hasCandidateGroup("liennghia");

        complete(task(), Map.of(PetitionDistrictProcess.RESOLUTION, PetitionDistrictProcess.Resolution.RESOLVE.name(),
                CaseVariables.OUTCOME, "ACCEPTED", CaseVariables.CONCLUSION, "Đã sửa đường"));
        assertThat(petition).isWaitingAt(PetitionCommuneProcess.TASK_INFORM_CITIZEN);

        complete(task(), Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "DIRECT"));
        assertThat(petition).isEnded().hasPassed(END_CLOSED).hasNotPassed(STEP_FORWARD, STEP_EXTEND);
        assertThat(standIns.calls()).containsSubsequence(
                "registerCaseDelegate@ServiceTaskRegisterCase",
                "classificationListener@UserTaskClassifyPetition:complete",
                "handlingDecisionListener@UserTaskDecideHandling:complete",
                "extensionRequestListener@UserTaskResolveLocally:complete",
                "localResolutionListener@UserTaskResolveLocally:complete",
                "closeCaseListener@UserTaskInformCitizen:complete");
        assertThat(standIns.callsOf("caseTaskListener")).containsExactly(
                "UserTaskClassifyPetition:create", "UserTaskClassifyPetition:complete",
                "UserTaskDecideHandling:create", "UserTaskDecideHandling:complete",
                "UserTaskResolveLocally:create", "UserTaskResolveLocally:complete",
                "UserTaskInformCitizen:create", "UserTaskInformCitizen:complete");
        assertThat(standIns.callsOf("sendReminderDelegate")).as("no timer fired").isEmpty();
    }

    @Test
    void aPetitionReceivedBeforeTheTableAskedWhomADenunciationIsAboutStillRoutes() {
        // an instance of a database from before the routing table's denouncedPerson input, classified on the
        // form of its time: no such variable at all
        ProcessInstance petition = received();
        runtimeService().removeVariable(petition.getId(), CaseVariables.DENOUNCED_PERSON);
        Map<String, Object> oldForm = classification("DENUNCIATION", "OFFICIAL_CONDUCT", false, false, null);
        oldForm.remove(CaseVariables.DENOUNCED_PERSON);

        complete(task(), oldForm);

        assertThat(petition).isWaitingAt(PetitionCommuneProcess.TASK_DECIDE_HANDLING).variables()
                .containsEntry(CaseVariables.HANDLING_LEVEL, "DISTRICT").doesNotContainKey(CaseVariables.DENOUNCED_PERSON);
    }

    @Test
    void anExtendedResolutionComesBackToTheSameStepWithFreshTimers() {
        ProcessInstance petition = decidedLocally();

        complete(task(), Map.of(PetitionDistrictProcess.RESOLUTION, PetitionDistrictProcess.Resolution.EXTEND.name(),
                PetitionDistrictProcess.EXTENSION_REASON, "Cần xác minh thêm"));
        assertThat(petition).hasPassed(STEP_EXTEND).isWaitingAt(PetitionCommuneProcess.TASK_RESOLVE_LOCALLY);
        assertThat(standIns.callsOf("extendDeadlineDelegate")).containsExactly(STEP_EXTEND);
        assertThat(TimedSteps.timerIds(petition, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY))
                .allSatisfy(timer -> assertThat(job(timer)).isNotNull());

        complete(task(), Map.of(PetitionDistrictProcess.RESOLUTION, PetitionDistrictProcess.Resolution.RESOLVE.name()));
        assertThat(petition).isWaitingAt(PetitionCommuneProcess.TASK_INFORM_CITIZEN);
        complete(task());
        assertThat(petition).isEnded().hasPassed(END_CLOSED);
        assertThat(standIns.callsOf("extendDeadlineDelegate")).hasSize(1);
    }

    @Test
    void aForwardedPetitionWaitsForTheUpperLevelsResultThenTheCitizenIsTold() {
        ProcessInstance petition = received();
        complete(task(), classification("COMPLAINT", "LAND", false, true, null));
        assertThat(petition).variables().containsEntry(CaseVariables.HANDLING_LEVEL, "DISTRICT")
                .containsEntry(PetitionCommuneProcess.SUGGESTED_HANDLING, Handling.FORWARD.name());

        decide(Handling.FORWARD, CaseVariables.FORWARD_REASON, "Khiếu nại quyết định của huyện");
        assertThat(petition).hasPassed(STEP_FORWARD).isWaitingAt(PetitionCommuneProcess.EVENT_AWAIT_DISTRICT);
        assertThat(standIns.callsOf("forwardToDistrictDelegate")).containsExactly(STEP_FORWARD);

        runtimeService().createMessageCorrelation(PetitionCommuneProcess.MESSAGE_DISTRICT_RESULT)
                .processInstanceBusinessKey(CASE).setVariables(Map.of(CaseVariables.OUTCOME, "REJECTED",
                        CaseVariables.CONCLUSION, "Quyết định của huyện đúng pháp luật"))
                .correlateWithResult();
        assertThat(petition).isWaitingAt(PetitionCommuneProcess.TASK_INFORM_CITIZEN).variables()
                .containsEntry(CaseVariables.OUTCOME, "REJECTED");
        assertThat(task()).hasCandidateGroup("liennghia");

        complete(task());
        assertThat(petition).isEnded().hasPassed(END_CLOSED).hasNotPassed(PetitionCommuneProcess.TASK_RESOLVE_LOCALLY);
    }

    @Test
    void aDuplicateIsClosed() {
        ProcessInstance petition = classified();

        decide(Handling.DUPLICATE, PetitionCommuneProcess.DUPLICATE_OF, "LIENNGHIA-2026-00000");

        assertThat(petition).isEnded().hasPassed(END_DUPLICATE).hasNotPassed(END_CLOSED);
        assertThat(standIns.callsOf("markDuplicateDelegate")).containsExactly("ServiceTaskMarkDuplicate");
    }

    @Test
    void aPetitionForAnotherUnitIsSentThere() {
        ProcessInstance petition = classified();

        decide(Handling.WRONG_UNIT, PetitionCommuneProcess.CORRECT_UNIT, "hiepan");

        assertThat(petition).isEnded().hasPassed(END_RETURNED).hasNotPassed(END_CLOSED, END_DUPLICATE);
        assertThat(standIns.callsOf("returnToUnitDelegate")).containsExactly("ServiceTaskReturnToUnit");
    }

    @ParameterizedTest(name = "{0} {1} {2} about {3}: {4}, so {5}")
    @CsvSource({
            "FEEDBACK,     false, false, ,             COMMUNE,   LOCAL",
            "COMPLAINT,    false, false, ,             COMMUNE,   LOCAL",
            "COMPLAINT,    false, true,  ,             DISTRICT,  FORWARD",
            "DENUNCIATION, false, false, COMMUNE_LEADER, DISTRICT, FORWARD",
            "DENUNCIATION, false, false, COMMUNE_OFFICIAL, COMMUNE, LOCAL",
            "DENUNCIATION, true,  false, ,             COMMITTEE, FORWARD"})
    void theRoutingTablesLevelBecomesTheSuggestedHandling(String type, boolean partyMember, boolean upper, String denounced,
            String level, Handling suggested) {
        ProcessInstance petition = received();

        complete(task(), classification(type, "OFFICIAL_CONDUCT", partyMember, upper, denounced));

        assertThat(petition).isWaitingAt(PetitionCommuneProcess.TASK_DECIDE_HANDLING).variables()
                .containsEntry(CaseVariables.HANDLING_LEVEL, level)
                .containsEntry(PetitionCommuneProcess.SUGGESTED_HANDLING, suggested.name());
    }

    @Test
    void aStepItsListenerRefusesStaysWhereItWas() {
        standIns.listener("handlingDecisionListener", task -> {
            throw new StepRejectedException("Cần nêu lý do chuyển lên huyện.");
        });
        ProcessInstance petition = classified();

        assertThatThrownBy(() -> decide(Handling.FORWARD)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Cần nêu lý do");

        assertThat(petition).isWaitingAt(PetitionCommuneProcess.TASK_DECIDE_HANDLING).hasNotPassed(STEP_FORWARD);
    }

    @ParameterizedTest(name = "{0}: reminded, escalated, very late, each followed up; done, the step closes")
    @ValueSource(strings = {PetitionCommuneProcess.TASK_CLASSIFY, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
            PetitionCommuneProcess.TASK_RESOLVE_LOCALLY, PetitionCommuneProcess.TASK_INFORM_CITIZEN})
    void everyTimedStepIsRemindedEscalatedAndFollowedUp(String step) {
        ProcessInstance petition = waitingAt(step);

        TimedSteps.fireEveryTimerAndFollowUp(petition, step);
        assertThat(standIns.callsOf("sendReminderDelegate")).hasSize(1);
        assertThat(standIns.callsOf("followUpTaskListener")).hasSize(2);

        completeStep(step);
        assertThat(petition).hasPassed(TimedSteps.stepDone(petition, step));
        assertThat(taskService().createTaskQuery().processInstanceId(petition.getId()).taskDefinitionKey(step).count())
                .as("the step and its follow-ups are closed").isZero();
        assertThat(taskService().createTaskQuery().processInstanceId(petition.getId()).list())
                .noneMatch(task -> task.getTaskDefinitionKey().startsWith("UserTaskFollowUp"));
    }

    @Test
    void anOpenFollowUpIsWithdrawnWhenTheLateStepIsDone() {
        ProcessInstance petition = received();
        String escalate = TimedSteps.timerIds(petition, PetitionCommuneProcess.TASK_CLASSIFY).get(1);
        execute(job(escalate));
        assertThat(taskService().createTaskQuery().processInstanceId(petition.getId()).count()).as("step and follow-up")
                .isEqualTo(2);

        completeStep(PetitionCommuneProcess.TASK_CLASSIFY);

        assertThat(petition).hasPassed(TimedSteps.stepDone(petition, PetitionCommuneProcess.TASK_CLASSIFY))
                .isWaitingAt(PetitionCommuneProcess.TASK_DECIDE_HANDLING);
        assertThat(taskService().createTaskQuery().processInstanceId(petition.getId()).list())
                .extracting(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey)
                .containsExactly(PetitionCommuneProcess.TASK_DECIDE_HANDLING);
    }

    private ProcessInstance waitingAt(String step) {
        ProcessInstance petition = received();
        if (step.equals(PetitionCommuneProcess.TASK_CLASSIFY)) {
            return petition;
        }
        completeStep(PetitionCommuneProcess.TASK_CLASSIFY);
        if (step.equals(PetitionCommuneProcess.TASK_DECIDE_HANDLING)) {
            return petition;
        }
        completeStep(PetitionCommuneProcess.TASK_DECIDE_HANDLING);
        if (step.equals(PetitionCommuneProcess.TASK_RESOLVE_LOCALLY)) {
            return petition;
        }
        completeStep(PetitionCommuneProcess.TASK_RESOLVE_LOCALLY);
        return petition;
    }

    /** Completes a waiting step the ordinary way (classified as feedback, handled at the commune, resolved). */
    private void completeStep(String step) {
        Map<String, Object> variables = switch (step) {
            case PetitionCommuneProcess.TASK_CLASSIFY -> classification("FEEDBACK", "INFRASTRUCTURE", false, false, null);
            case PetitionCommuneProcess.TASK_DECIDE_HANDLING -> Map.of(PetitionCommuneProcess.HANDLING, Handling.LOCAL.name());
            case PetitionCommuneProcess.TASK_RESOLVE_LOCALLY -> Map.of(PetitionDistrictProcess.RESOLUTION,
                    PetitionDistrictProcess.Resolution.RESOLVE.name());
            default -> Map.of();
        };
        complete(task(step), variables);
    }

    private ProcessInstance received() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, CASE);
        variables.put(CaseVariables.TRACKING_CODE, "TC-1");
        variables.put(CaseVariables.SUBJECT, "Đường liên thôn xuống cấp");
        variables.put(CaseVariables.CONTENT, "Đề nghị sửa đường");
        variables.put(CaseVariables.UNIT_CODE, "liennghia");
        variables.put(CaseVariables.ORIGIN_UNIT_CODE, "liennghia");
        variables.put(CaseVariables.CASE_TYPE, null);
        variables.put(CaseVariables.DENOUNCED_PERSON, null);
        ProcessInstance petition = runtimeService().createProcessInstanceByKey(PetitionCommuneProcess.KEY).businessKey(CASE)
                .setVariables(variables).execute();
        assertThat(petition).isStarted().hasPassed("ServiceTaskRegisterCase");
        return petition;
    }

    private ProcessInstance classified() {
        ProcessInstance petition = received();
        complete(task(), classification("FEEDBACK", "INFRASTRUCTURE", false, false, null));
        return petition;
    }

    private ProcessInstance decidedLocally() {
        ProcessInstance petition = classified();
        decide(Handling.LOCAL);
        return petition;
    }

    private void decide(Handling handling, Object... more) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PetitionCommuneProcess.HANDLING, handling.name());
        for (int i = 0; i < more.length; i += 2) {
            variables.put((String) more[i], more[i + 1]);
        }
        complete(task(PetitionCommuneProcess.TASK_DECIDE_HANDLING), variables);
    }

    /** What the classify form submits (its listener's stand-in does nothing to them). */
    static Map<String, Object> classification(String type, String area, boolean partyMember, boolean upper,
            String denounced) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_TYPE, type);
        variables.put(CaseVariables.SUBJECT_AREA, area);
        variables.put(CaseVariables.COMPLEXITY, "NORMAL");
        variables.put(CaseVariables.REMOTE_AREA, false);
        variables.put(CaseVariables.CONCERNS_PARTY_MEMBER, partyMember);
        variables.put(CaseVariables.DISTRICT_DECISION, upper);
        variables.put(CaseVariables.DENOUNCED_PERSON, denounced);
        return variables;
    }
}
