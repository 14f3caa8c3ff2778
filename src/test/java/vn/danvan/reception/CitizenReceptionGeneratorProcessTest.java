package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;

/**
 * bpmn/citizen-reception-generator.bpmn on the engine alone: deployed, it waits on the configured cycle;
 * each firing generates the coming reception days and ends.
 */
@Deployment(resources = "citizen-reception-generator.bpmn")
class CitizenReceptionGeneratorProcessTest {

    static {
        // evaluated when the diagram is deployed, before any test instance exists;
        // as ReceptionGeneratorTimer gives it from ReceptionProperties' default: every day at 01:00
        EngineFixture.register("receptionGeneratorTimer", Map.of("cycle", "0 0 1 * * ?"));
    }

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in CitizenReceptionProcess. */
    static final String END = "EndEventReceptionDaysGenerated";

    final StandIns standIns = new StandIns();

    CitizenReceptionGeneratorProcessTest() {
        standIns.delegate("generateReceptionDaysDelegate");
    }

    @Test
    void eachFiringGeneratesTheComingDays() {
        for (int day = 1; day <= 2; day++) {
            Job timer = managementService().createJobQuery().activityId(CitizenReceptionGeneratorProcess.TIMER).singleResult();
            assertThat(timer).as("the daily timer waits").isNotNull();
            execute(timer);
        }

        assertThat(historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(CitizenReceptionGeneratorProcess.KEY).list())
                .hasSize(2).allSatisfy(run -> assertThat(run.getEndActivityId()).isEqualTo(END));
        assertThat(standIns.callsOf("generateReceptionDaysDelegate")).hasSize(2);
    }
}
