package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;

/**
 * bpmn/supervision-proposal.bpmn on the engine alone: the commune's Front plans the proposed campaign
 * or declines it; both end events.
 */
@Deployment(resources = {"supervision-proposal.bpmn", "forms/supervision-proposal.form"})
class SupervisionProposalProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in SupervisionProposals (variable names as SupervisionProposals spells them). */
    static final String STEP_PLAN = "ServiceTaskPlanProposedCampaign";
    static final String END_PROPOSED = "EndEventCampaignProposed";
    static final String END_DECLINED = "EndEventProposalDeclined";

    final StandIns standIns = new StandIns();

    SupervisionProposalProcessTest() {
        standIns.delegate("planProposedCampaignDelegate");
        standIns.listener("supervisionTaskListener");
    }

    @ParameterizedTest(name = "{0}: ends at {1}")
    @CsvSource({"PLAN, EndEventCampaignProposed, true", "DECLINE, EndEventProposalDeclined, false"})
    void theFrontPlansTheProposedCampaignOrDeclinesIt(String decision, String end, boolean planned) {
        ProcessInstance proposal = runtimeService().createProcessInstanceByKey(SupervisionProposalProcess.KEY)
                .businessKey("PROPOSAL-HIEPAN-LAND-2026-Q1")
                .setVariables(Map.of("proposalUnit", "hiepanmttq", "supervisingUnit", "hiepanmttq", "communeCode", "hiepan"))
                .execute();
        assertThat(proposal).isWaitingAt(SupervisionProposalProcess.TASK_REVIEW);
        assertThat(task()).hasCandidateGroup("hiepanmttq");

        complete(task(), Map.of("proposalDecision", decision));

        assertThat(proposal).isEnded().hasPassed(end).hasNotPassed(planned ? END_DECLINED : END_PROPOSED);
        assertThat(standIns.callsOf("planProposedCampaignDelegate")).hasSize(planned ? 1 : 0);
        assertThat(standIns.callsOf("supervisionTaskListener")).containsExactly(SupervisionProposalProcess.TASK_REVIEW + ":create");
    }
}
