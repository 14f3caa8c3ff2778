package vn.danvan.petition;

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
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.petition.SecondInstanceProcess.Acceptance;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;
import vn.danvan.support.TimedSteps;

/**
 * bpmn/complaint-second-instance.bpmn on the engine alone: referred outside, refused, or accepted,
 * dialogue held and decided; every end event; the timers of its three timed steps. The register step's
 * stand-in does what the process needs of the real one: it says whether the second instance is
 * resolved in danvan and, if so, by which unit.
 */
@Deployment(resources = {"complaint-second-instance.bpmn", "forms/second-instance-request.form",
        "forms/second-instance-accept.form", "forms/second-instance-dialogue.form", "forms/second-instance-resolve.form",
        "forms/deadline-follow-up.form"})
class SecondInstanceProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in SecondInstanceProcess. */
    static final String STEP_REFUSE = "ServiceTaskRefuseSecondInstance";
    static final String STEP_DECIDE = "ServiceTaskIssueSecondInstanceDecision";

    final StandIns standIns = new StandIns().deadlines();

    SecondInstanceProcessTest() {
        standIns.delegate("refuseSecondInstanceDelegate");
        standIns.delegate("issueSecondInstanceDecisionDelegate");
        standIns.listener("caseTaskListener");
        standIns.listener("secondInstanceFormListener");
        resolvedBy("huyen");
    }

    @Test
    void aSecondInstanceResolvedOutsideDanvanIsReferredThere() {
        resolvedBy(null);

        ProcessInstance request = requested();

        assertThat(request).isEnded().hasPassed(SecondInstanceProcess.TASK_REGISTER, SecondInstanceProcess.END_REFERRED_OUTSIDE)
                .hasNotPassed(SecondInstanceProcess.STEP_ACCEPT);
    }

    @Test
    void anAcceptedComplaintGoesThroughDialogueToItsDecision() {
        ProcessInstance request = requested();
        assertThat(request).isWaitingAt(SecondInstanceProcess.TASK_ACCEPT);
        assertThat(task()).hasCandidateGroup("huyen");

        complete(task(), Map.of(SecondInstanceProcess.ACCEPTANCE, Acceptance.ACCEPT.name(), SecondInstanceProcess.COMPLEX, false));
        assertThat(request).isWaitingAt(SecondInstanceProcess.TASK_DIALOGUE);

        complete(task(), Map.of(SecondInstanceProcess.DIALOGUE_DATE, "2026-12-10",
                SecondInstanceProcess.DIALOGUE_CONTENT, "Đối thoại với người khiếu nại"));
        assertThat(request).isWaitingAt(SecondInstanceProcess.TASK_RESOLVE);

        complete(task(), Map.of(SecondInstanceProcess.OUTCOME, "REJECTED", SecondInstanceProcess.CONCLUSION, "Giữ nguyên"));
        assertThat(request).isEnded().hasPassed(STEP_DECIDE, SecondInstanceProcess.END_DECIDED)
                .hasNotPassed(SecondInstanceProcess.END_REFUSED);
        assertThat(standIns.callsOf("secondInstanceFormListener")).containsExactly("UserTaskAcceptSecondInstance:complete",
                "UserTaskHoldDialogue:complete", "UserTaskResolveSecondInstance:complete");
        assertThat(standIns.callsOf("issueSecondInstanceDecisionDelegate")).containsExactly(STEP_DECIDE);
    }

    @Test
    void aRefusedRequestEnds() {
        ProcessInstance request = requested();

        complete(task(), Map.of(SecondInstanceProcess.ACCEPTANCE, Acceptance.REFUSE.name(),
                SecondInstanceProcess.REFUSAL_REASON, "Quá thời hiệu khiếu nại"));

        assertThat(request).isEnded().hasPassed(STEP_REFUSE, SecondInstanceProcess.END_REFUSED)
                .hasNotPassed(SecondInstanceProcess.STEP_DIALOGUE);
        assertThat(standIns.callsOf("refuseSecondInstanceDelegate")).containsExactly(STEP_REFUSE);
    }

    @ParameterizedTest(name = "{0}: reminded, escalated, very late, each followed up; done, the step closes")
    @ValueSource(strings = {SecondInstanceProcess.TASK_ACCEPT, SecondInstanceProcess.TASK_DIALOGUE,
            SecondInstanceProcess.TASK_RESOLVE})
    void everyTimedStepIsRemindedEscalatedAndFollowedUp(String step) {
        ProcessInstance request = requested();
        Map<String, Object> accept = Map.of(SecondInstanceProcess.ACCEPTANCE, Acceptance.ACCEPT.name());
        if (!step.equals(SecondInstanceProcess.TASK_ACCEPT)) {
            complete(task(), accept);
        }
        if (step.equals(SecondInstanceProcess.TASK_RESOLVE)) {
            complete(task());
        }

        TimedSteps.fireEveryTimerAndFollowUp(request, step);
        assertThat(standIns.callsOf("sendReminderDelegate")).hasSize(1);

        complete(task(step), accept);
        assertThat(request).hasPassed(TimedSteps.stepDone(request, step));
    }

    /** The register step's stand-in: the unit that resolves the second instance, or null when none in danvan does. */
    private void resolvedBy(String unitCode) {
        standIns.delegate("registerSecondInstanceDelegate", execution -> {
            execution.setVariable(SecondInstanceProcess.IN_SYSTEM, unitCode != null);
            if (unitCode != null) {
                execution.setProcessBusinessKey("HUYEN-2026-00001");
                execution.setVariable(CaseVariables.UNIT_CODE, unitCode);
            } else {
                execution.setVariable(SecondInstanceProcess.REFERRED_TO, "UBND tỉnh");
            }
        });
    }

    private ProcessInstance requested() {
        ProcessInstance request = runtimeService().createProcessInstanceByKey(SecondInstanceProcess.KEY)
                .setVariables(Map.of(SecondInstanceProcess.FIRST_CASE_ID, "LIENNGHIA-2026-00001",
                        SecondInstanceProcess.REASON, "Không đồng ý quyết định lần đầu"))
                .execute();
        assertThat(request).isStarted();
        return request;
    }
}
