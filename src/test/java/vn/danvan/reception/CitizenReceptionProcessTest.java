package vn.danvan.reception;

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
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;

/**
 * bpmn/citizen-reception.bpmn on the engine alone: a reception day not held, held without citizens, or
 * held with citizens received one after another; both end events. The attendance step's stand-in sets
 * what the real one sets for the gateway (held, and citizens came only on a day held).
 */
@Deployment(resources = {"citizen-reception.bpmn", "forms/reception-hold.form", "forms/reception-citizen.form"})
class CitizenReceptionProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in CitizenReceptionProcess. */
    static final String STEP_RECORD_CITIZEN = "ServiceTaskRecordCitizen";
    static final String STEP_CLOSE_REGISTER = "ServiceTaskCloseRegister";

    final StandIns standIns = new StandIns();

    CitizenReceptionProcessTest() {
        standIns.delegate("recordAttendanceDelegate", execution -> {
            boolean held = Boolean.TRUE.equals(execution.getVariable(CitizenReceptionProcess.HELD));
            execution.setVariable(CitizenReceptionProcess.RECEPTION_HELD, held);
            execution.setVariable(CitizenReceptionProcess.CITIZENS_CAME,
                    held && Boolean.TRUE.equals(execution.getVariable(CitizenReceptionProcess.CITIZENS_CAME)));
        });
        standIns.delegate("recordCitizenDelegate");
        standIns.delegate("closeReceptionRegisterDelegate");
        standIns.listener("receptionTaskListener");
    }

    @Test
    void aDayNotHeldEndsWithItsReason() {
        ProcessInstance day = scheduled();

        complete(task(), Map.of(CitizenReceptionProcess.HELD, false, CitizenReceptionProcess.NOT_HELD_REASON, "Bão",
                CitizenReceptionProcess.CITIZENS_CAME, true));

        assertThat(day).isEnded().hasPassed(CitizenReceptionProcess.END_NOT_HELD)
                .hasNotPassed(CitizenReceptionProcess.TASK_RECORD_CITIZEN, STEP_CLOSE_REGISTER);
    }

    @Test
    void aDayHeldWithoutCitizensClosesItsRegister() {
        ProcessInstance day = scheduled();

        complete(task(), Map.of(CitizenReceptionProcess.HELD, true, CitizenReceptionProcess.CITIZENS_CAME, false));

        assertThat(day).isEnded().hasPassed(STEP_CLOSE_REGISTER, CitizenReceptionProcess.END_RECORDED)
                .hasNotPassed(CitizenReceptionProcess.TASK_RECORD_CITIZEN);
    }

    @Test
    void eachCitizenReceivedIsRecordedInTurn() {
        ProcessInstance day = scheduled();
        complete(task(), Map.of(CitizenReceptionProcess.HELD, true, CitizenReceptionProcess.CITIZENS_CAME, true));

        for (boolean another : new boolean[] {true, true, false}) {
            assertThat(day).isWaitingAt(CitizenReceptionProcess.TASK_RECORD_CITIZEN);
            assertThat(task()).hasCandidateGroup("hiepan");
            complete(task(), Map.of(CitizenReceptionProcess.CITIZEN_CONTENT, "Hỏi về đất đai",
                    CitizenReceptionProcess.ANOTHER_CITIZEN, another));
        }

        assertThat(day).isEnded().hasPassed(STEP_CLOSE_REGISTER, CitizenReceptionProcess.END_RECORDED);
        assertThat(standIns.callsOf("recordCitizenDelegate")).hasSize(3).containsOnly(STEP_RECORD_CITIZEN);
    }

    private ProcessInstance scheduled() {
        ProcessInstance day = runtimeService().createProcessInstanceByKey(CitizenReceptionProcess.KEY)
                .businessKey("TCD-HIEPAN-20261203").setVariables(Map.of(CitizenReceptionProcess.DAY_ID, "D-1",
                        CitizenReceptionProcess.UNIT_CODE, "hiepan", CitizenReceptionProcess.PLACE, "Trụ sở UBND xã"))
                .execute();
        assertThat(day).isStarted().isWaitingAt(CitizenReceptionProcess.TASK_HOLD);
        assertThat(task()).hasCandidateGroup("hiepan");
        return day;
    }
}
