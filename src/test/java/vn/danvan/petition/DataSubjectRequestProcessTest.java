package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;

/** bpmn/data-subject-request.bpmn on the engine alone: the unit holding the case answers by the due date. */
@Deployment(resources = {"data-subject-request.bpmn", "forms/data-subject-request.form"})
class DataSubjectRequestProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    /** Not yet in a constants type. */
    static final String TASK_ANSWER = "UserTaskAnswerDataRequest";
    static final String END_ANSWERED = "EndEventAnswered";

    final StandIns standIns = new StandIns();

    DataSubjectRequestProcessTest() {
        standIns.listener("dataSubjectRequestListener");
    }

    @Test
    void theUnitHoldingTheCaseAnswersByTheDueDate() {
        Date due = Date.from(Instant.parse("2026-12-31T16:59:59Z"));
        ProcessInstance request = runtimeService().createProcessInstanceByKey(DataSubjectRequestProcess.KEY)
                .businessKey("HIEPAN-2026-00005").setVariables(Map.of("requestId", "R-1", CaseVariables.CASE_ID,
                        "HIEPAN-2026-00005", CaseVariables.UNIT_CODE, "hiepan", "requestKind", "ACCESS", "dueAt", due))
                .execute();
        assertThat(request).isWaitingAt(TASK_ANSWER);
        assertThat(task()).hasCandidateGroup("hiepan").hasDueDate(due);

        complete(task(), Map.of("outcome", "DONE"));

        assertThat(request).isEnded().hasPassed(END_ANSWERED);
        assertThat(standIns.callsOf("dataSubjectRequestListener")).containsExactly(TASK_ANSWER + ":complete");
    }
}
