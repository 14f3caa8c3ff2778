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
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;
import vn.danvan.support.TimedSteps;

/**
 * bpmn/petition-committee.bpmn on the engine alone: a direction sent at once, or after the inspection
 * commission's outcome; its end event; and the timers of its timed step. Delegates and listeners are
 * recording stand-ins.
 */
@Deployment(resources = {"petition-committee.bpmn", "forms/petition-direct.form", "forms/deadline-follow-up.form"})
class PetitionCommitteeProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    static final String CASE = "HIEPAN-2026-00003";
    /** Not yet in PetitionCommitteeProcess. */
    static final String STEP_START_INSPECTION = "ServiceTaskStartPartyInspection";
    static final String STEP_SEND_DIRECTION = "ServiceTaskSendDirection";

    final StandIns standIns = new StandIns().deadlines();

    PetitionCommitteeProcessTest() {
        standIns.delegate("startPartyInspectionDelegate");
        standIns.delegate("sendDirectionDelegate");
        standIns.listener("caseTaskListener");
        standIns.listener("directionListener");
    }

    @Test
    void theCommitteeDirectsAndTheDirectionGoesBack() {
        ProcessInstance referred = referred();
        assertThat(referred).isWaitingAt(PetitionCommitteeProcess.TASK_DIRECT);
        assertThat(task()).hasCandidateGroup("huyenuy");

        complete(task(), direction(false));

        assertThat(referred).isEnded().hasPassed(STEP_SEND_DIRECTION, PetitionCommitteeProcess.END_DIRECTION_SENT)
                .hasNotPassed(STEP_START_INSPECTION, PetitionCommitteeProcess.EVENT_AWAIT_INSPECTION);
        assertThat(standIns.callsOf("directionListener")).containsExactly("UserTaskDirectCase:complete");
        assertThat(standIns.callsOf("sendDirectionDelegate")).containsExactly(STEP_SEND_DIRECTION);
    }

    @Test
    void aDenouncedPartyMemberGoesToTheInspectionCommissionFirst() {
        ProcessInstance referred = referred();

        complete(task(), direction(true));
        assertThat(referred).hasPassed(STEP_START_INSPECTION).isWaitingAt(PetitionCommitteeProcess.EVENT_AWAIT_INSPECTION)
                .hasNotPassed(STEP_SEND_DIRECTION);
        assertThat(standIns.callsOf("startPartyInspectionDelegate")).containsExactly(STEP_START_INSPECTION);

        runtimeService().createMessageCorrelation(PetitionCommitteeProcess.MESSAGE_INSPECTION_OUTCOME)
                .processInstanceBusinessKey(CASE).correlateWithResult();

        assertThat(referred).isEnded().hasPassed(STEP_SEND_DIRECTION, PetitionCommitteeProcess.END_DIRECTION_SENT);
    }

    @ParameterizedTest(name = "{0}: reminded, escalated, very late, each followed up; done, the step closes")
    @ValueSource(strings = {PetitionCommitteeProcess.TASK_DIRECT})
    void theTimedStepIsRemindedEscalatedAndFollowedUp(String step) {
        ProcessInstance referred = referred();

        TimedSteps.fireEveryTimerAndFollowUp(referred, step);
        assertThat(standIns.callsOf("sendReminderDelegate")).hasSize(1);
        assertThat(standIns.callsOf("followUpTaskListener")).hasSize(2);

        complete(task(step), direction(false));
        assertThat(referred).hasPassed(TimedSteps.stepDone(referred, step)).isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(referred.getId()).count()).isZero();
    }

    private static Map<String, Object> direction(boolean inspect) {
        return Map.of(PetitionCommitteeProcess.PARTY_INSPECTION, inspect,
                PetitionCommitteeProcess.COMMITTEE_DIRECTION, "Huyện giải quyết theo thẩm quyền",
                PetitionCommitteeProcess.DIRECTION_NUMBER, "15-CV/HU");
    }

    /** As the committee's listener starts it (CaseHandoffs): the case's variables on the referral message. */
    private ProcessInstance referred() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, CASE);
        variables.put(CaseVariables.TRACKING_CODE, "TC-3");
        variables.put(CaseVariables.SUBJECT, "Tố cáo đảng viên");
        variables.put(CaseVariables.CONTENT, "...");
        variables.put(CaseVariables.UNIT_CODE, "huyenuy");
        variables.put(CaseVariables.ORIGIN_UNIT_CODE, "hiepan");
        variables.put(CaseVariables.CASE_TYPE, "DENUNCIATION");
        variables.put(CaseVariables.CONCERNS_PARTY_MEMBER, true);
        variables.put(CaseVariables.DENOUNCED_PERSON, "PARTY_MEMBER");
        variables.put(PetitionCommitteeProcess.DISTRICT_UNIT_CODE, "huyen");
        ProcessInstance referred = runtimeService().createMessageCorrelation(PetitionCommitteeProcess.MESSAGE_REFERRED)
                .processInstanceBusinessKey(CASE).setVariables(variables).correlateStartMessage();
        assertThat(referred).isStarted();
        return referred;
    }
}
