package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;

/**
 * bpmn/dialogue-yearly.bpmn on the engine alone: deployed, it waits on the configured cycle; when the
 * timer fires the units are prompted and the instance ends.
 */
@Deployment(resources = "dialogue-yearly.bpmn")
class DialogueYearlyProcessTest {

    static {
        // evaluated when the diagram is deployed, before any test instance exists;
        // as DialogueSchedule gives it from DialogueProperties' default: 08:00 on 2 January
        EngineFixture.register("dialogueSchedule", Map.of("yearlyCycle", "0 0 8 2 1 ?"));
    }

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in DialogueYearlyProcess. */
    static final String START = "StartEventNewYear";
    static final String END = "EndEventUnitsPrompted";

    final StandIns standIns = new StandIns();

    DialogueYearlyProcessTest() {
        standIns.delegate("promptUnitsDelegate");
    }

    @Test
    void theYearlyTimerPromptsTheUnits() {
        Job timer = managementService().createJobQuery().activityId(START).singleResult();
        assertThat(timer).as("the start timer waits once deployed").isNotNull();
        assertThat(timer.getDuedate()).isNotNull();

        execute(timer);

        HistoricProcessInstance run = historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DialogueYearlyProcess.KEY).singleResult();
        assertThat(run.getEndActivityId()).isEqualTo(END);
        assertThat(standIns.callsOf("promptUnitsDelegate")).containsExactly("ServiceTaskPromptUnits");
        assertThat(managementService().createJobQuery().activityId(START).count()).as("and waits for the next year")
                .isEqualTo(1);
    }
}
