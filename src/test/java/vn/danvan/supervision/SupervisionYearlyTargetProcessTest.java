package vn.danvan.supervision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;

/**
 * bpmn/supervision-yearly-target.bpmn on the engine alone: the unit is reminded of its yearly target, or
 * its Party committee is asked to urge it; both end events.
 */
@Deployment(resources = {"supervision-yearly-target.bpmn", "forms/supervision-target.form"})
class SupervisionYearlyTargetProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    final StandIns standIns = new StandIns();

    SupervisionYearlyTargetProcessTest() {
        standIns.listener("supervisionTaskListener");
    }

    @ParameterizedTest(name = "{0}: {1} for {2}, ends at {3}")
    @CsvSource({"REMINDER, UserTaskPlanSupervision, hiepanmttq, EndEventUnitReminded",
            "ESCALATION, UserTaskUrgeUnit, hiepandanguy, EndEventUnitUrged"})
    void theUnitIsRemindedOrItsCommitteeUrgesIt(String stage, String task, String group, String end) {
        ProcessInstance target = runtimeService().createProcessInstanceByKey(SupervisionYearlyTargetProcess.KEY)
                .businessKey("TARGET-HIEPANMTTQ-2026-" + stage).setVariables(Map.of(SupervisionCampaignProcess.UNIT_CODE,
                        "hiepanmttq", SupervisionCampaignProcess.COMMITTEE_UNIT, "hiepandanguy",
                        SupervisionCampaignProcess.YEAR, 2026, "targetStage", stage, "targetMessage", "Chưa có cuộc giám sát"))
                .execute();
        assertThat(target).isWaitingAt(task);
        assertThat(task()).hasCandidateGroup(group);

        complete(task());

        assertThat(target).isEnded().hasPassed(end);
    }
}
