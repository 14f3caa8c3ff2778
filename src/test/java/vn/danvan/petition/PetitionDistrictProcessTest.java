package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.petition.PetitionDistrictProcess.Acceptance;
import vn.danvan.petition.PetitionDistrictProcess.Resolution;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;
import vn.danvan.support.TimedSteps;

/**
 * bpmn/petition-district.bpmn on the engine alone: a forwarded case accepted and resolved, refused,
 * referred to the Party committee and resolved on its direction, extended; every end event; and the
 * timers of both timed steps. Delegates and listeners are recording stand-ins.
 */
@Deployment(resources = {"petition-district.bpmn", "petition-routing.dmn", "forms/petition-accept.form",
        "forms/petition-resolve.form", "forms/deadline-follow-up.form"})
class PetitionDistrictProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    static final String CASE = "LIENNGHIA-2026-00002";
    /** Not yet in PetitionDistrictProcess. */
    static final String END_RESOLVED = "EndEventCaseResolved";
    static final String END_REFUSED = "EndEventCaseRefused";
    static final String STEP_REFER = "ServiceTaskReferToCommittee";
    static final String STEP_EXTEND = "ServiceTaskExtendDeadline";
    static final String STEP_REPORT = "ServiceTaskReportResolution";
    static final String STEP_REFUSE = "ServiceTaskRefuseCase";

    final StandIns standIns = new StandIns().deadlines();

    PetitionDistrictProcessTest() {
        for (String delegate : new String[] {"referToCommitteeDelegate", "reportResolutionDelegate", "extendDeadlineDelegate",
                "refuseCaseDelegate"}) {
            standIns.delegate(delegate);
        }
        for (String listener : new String[] {"caseTaskListener", "acceptanceListener", "extensionRequestListener"}) {
            standIns.listener(listener);
        }
    }

    @Test
    void aForwardedCaseIsAcceptedResolvedByItsHandlerAndReportedBack() {
        ProcessInstance forwarded = forwarded("COMPLAINT", false);
        assertThat(forwarded).isWaitingAt(PetitionDistrictProcess.TASK_ACCEPT);
        assertThat(task()).hasCandidateGroup("huyen");

        complete(task(), Map.of(PetitionDistrictProcess.ACCEPTANCE, Acceptance.ACCEPT.name(),
                PetitionDistrictProcess.HANDLER, "huyen1"));
        assertThat(forwarded).isWaitingAt(PetitionDistrictProcess.TASK_RESOLVE).hasNotPassed(STEP_REFER).variables()
                .containsEntry(CaseVariables.HANDLING_LEVEL, "DISTRICT");
        assertThat(task()).hasCandidateGroupAssociated("huyen").isAssignedTo("huyen1");

        complete(task(), Map.of(PetitionDistrictProcess.RESOLUTION, Resolution.RESOLVE.name(),
                PetitionDistrictProcess.DECISION_NUMBER, "12/QĐ-UBND"));
        assertThat(forwarded).isEnded().hasPassed(STEP_REPORT, END_RESOLVED).hasNotPassed(END_REFUSED, STEP_EXTEND);
        assertThat(standIns.callsOf("acceptanceListener")).containsExactly("UserTaskAcceptCase:complete");
        assertThat(standIns.callsOf("extensionRequestListener")).containsExactly("UserTaskResolveCase:complete");
        assertThat(standIns.callsOf("reportResolutionDelegate")).containsExactly(STEP_REPORT);
    }

    @Test
    void aCaseForwardedBeforeTheTableAskedWhomADenunciationIsAboutStillRoutes() {
        // a district process of a database from before the routing table's denouncedPerson input has no
        // such variable at all; under the application's (legacy) FEEL the table's input would fail on it
        ProcessInstance forwarded = forwarded("DENUNCIATION", false);
        runtimeService().removeVariable(forwarded.getId(), CaseVariables.DENOUNCED_PERSON);

        complete(task(), Map.of(PetitionDistrictProcess.ACCEPTANCE, Acceptance.ACCEPT.name()));

        assertThat(forwarded).isWaitingAt(PetitionDistrictProcess.TASK_RESOLVE).variables()
                .containsEntry(CaseVariables.HANDLING_LEVEL, "DISTRICT").doesNotContainKey(CaseVariables.DENOUNCED_PERSON);
    }

    @Test
    void aRefusedCaseGoesBack() {
        ProcessInstance forwarded = forwarded("FEEDBACK", false);

        complete(task(), Map.of(PetitionDistrictProcess.ACCEPTANCE, Acceptance.REFUSE.name(),
                PetitionDistrictProcess.REFUSAL_REASON, "Không thuộc thẩm quyền"));

        assertThat(forwarded).isEnded().hasPassed(STEP_REFUSE, END_REFUSED).hasNotPassed(PetitionDistrictProcess.TASK_RESOLVE);
        assertThat(standIns.callsOf("refuseCaseDelegate")).containsExactly(STEP_REFUSE);
    }

    @Test
    void aCaseAboutAPartyMemberWaitsForTheCommitteesDirectionBeforeItIsResolved() {
        ProcessInstance forwarded = forwarded("DENUNCIATION", true);

        complete(task(), Map.of(PetitionDistrictProcess.ACCEPTANCE, Acceptance.ACCEPT.name()));
        assertThat(forwarded).hasPassed(STEP_REFER).isWaitingAt(PetitionDistrictProcess.EVENT_AWAIT_DIRECTION).variables()
                .containsEntry(CaseVariables.HANDLING_LEVEL, "COMMITTEE");
        assertThat(standIns.callsOf("referToCommitteeDelegate")).containsExactly(STEP_REFER);

        runtimeService().createMessageCorrelation(PetitionDistrictProcess.MESSAGE_COMMITTEE_DIRECTION)
                .processInstanceBusinessKey(CASE)
                .setVariables(Map.of(PetitionDistrictProcess.COMMITTEE_DIRECTION, "Giao Ủy ban Kiểm tra xác minh"))
                .correlateWithResult();
        assertThat(forwarded).isWaitingAt(PetitionDistrictProcess.TASK_RESOLVE).variables()
                .containsEntry(PetitionDistrictProcess.COMMITTEE_DIRECTION, "Giao Ủy ban Kiểm tra xác minh");
        assertThat(task()).isNotAssigned();

        complete(task(), Map.of(PetitionDistrictProcess.RESOLUTION, Resolution.RESOLVE.name()));
        assertThat(forwarded).isEnded().hasPassed(END_RESOLVED);
    }

    @Test
    void anExtensionComesBackToTheResolveStep() {
        ProcessInstance forwarded = forwarded("DENUNCIATION", false);
        complete(task(), Map.of(PetitionDistrictProcess.ACCEPTANCE, Acceptance.ACCEPT.name()));

        complete(task(), Map.of(PetitionDistrictProcess.RESOLUTION, Resolution.EXTEND.name(),
                PetitionDistrictProcess.EXTENSION_REASON, "Vụ việc phức tạp",
                PetitionDistrictProcess.EXTENSION_DECISION, "5/QĐ-GH"));
        assertThat(forwarded).hasPassed(STEP_EXTEND).isWaitingAt(PetitionDistrictProcess.TASK_RESOLVE)
                .hasNotPassed(STEP_REPORT);

        complete(task(), Map.of(PetitionDistrictProcess.RESOLUTION, Resolution.RESOLVE.name()));
        assertThat(forwarded).isEnded().hasPassed(END_RESOLVED);
        assertThat(standIns.callsOf("extendDeadlineDelegate")).containsExactly(STEP_EXTEND);
        assertThat(standIns.callsOf("caseTaskListener")).containsExactly(
                "UserTaskAcceptCase:create", "UserTaskAcceptCase:complete",
                "UserTaskResolveCase:create", "UserTaskResolveCase:complete",
                "UserTaskResolveCase:create", "UserTaskResolveCase:complete");
    }

    @ParameterizedTest(name = "{0}: reminded, escalated, very late, each followed up; done, the step closes")
    @ValueSource(strings = {PetitionDistrictProcess.TASK_ACCEPT, PetitionDistrictProcess.TASK_RESOLVE})
    void everyTimedStepIsRemindedEscalatedAndFollowedUp(String step) {
        ProcessInstance forwarded = forwarded("COMPLAINT", false);
        if (step.equals(PetitionDistrictProcess.TASK_RESOLVE)) {
            complete(task(), Map.of(PetitionDistrictProcess.ACCEPTANCE, Acceptance.ACCEPT.name()));
        }

        TimedSteps.fireEveryTimerAndFollowUp(forwarded, step);
        assertThat(standIns.callsOf("sendReminderDelegate")).hasSize(1);
        assertThat(standIns.callsOf("followUpTaskListener")).hasSize(2);

        complete(task(step), step.equals(PetitionDistrictProcess.TASK_ACCEPT)
                ? Map.of(PetitionDistrictProcess.ACCEPTANCE, Acceptance.ACCEPT.name())
                : Map.of(PetitionDistrictProcess.RESOLUTION, Resolution.RESOLVE.name()));
        assertThat(forwarded).hasPassed(TimedSteps.stepDone(forwarded, step));
        assertThat(taskService().createTaskQuery().processInstanceId(forwarded.getId()).taskDefinitionKey(step).count())
                .isZero();
    }

    /** As the district's listener starts it (CaseHandoffs): the case's variables on the forward message. */
    private ProcessInstance forwarded(String type, boolean partyMember) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, CASE);
        variables.put(CaseVariables.TRACKING_CODE, "TC-2");
        variables.put(CaseVariables.SUBJECT, "Khiếu nại quyết định thu hồi đất");
        variables.put(CaseVariables.CONTENT, "...");
        variables.put(CaseVariables.UNIT_CODE, "huyen");
        variables.put(CaseVariables.ORIGIN_UNIT_CODE, "liennghia");
        variables.put(CaseVariables.CASE_TYPE, type);
        variables.put(CaseVariables.SUBJECT_AREA, "LAND");
        variables.put(CaseVariables.COMPLEXITY, "NORMAL");
        variables.put(CaseVariables.REMOTE_AREA, false);
        variables.put(CaseVariables.CONCERNS_PARTY_MEMBER, partyMember);
        variables.put(CaseVariables.DISTRICT_DECISION, true);
        variables.put(CaseVariables.DENOUNCED_PERSON, null);
        variables.put(CaseVariables.FORWARD_REASON, "Thuộc thẩm quyền huyện");
        variables.put(PetitionDistrictProcess.HANDLER, null);
        variables.put(PetitionDistrictProcess.COMMITTEE_DIRECTION, null);
        ProcessInstance forwarded = runtimeService().createMessageCorrelation(PetitionDistrictProcess.MESSAGE_FORWARDED)
                .processInstanceBusinessKey(CASE).setVariables(variables).correlateStartMessage();
        assertThat(forwarded).isStarted();
        return forwarded;
    }
}
