package vn.danvan.inspection;

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
import vn.danvan.support.EngineFixture;
import vn.danvan.support.StandIns;
import vn.danvan.support.TimedSteps;

/**
 * bpmn/party-inspection.bpmn on the engine alone: verified and concluded with or without a discipline
 * proposal the standing committee decides; its end event; the timers of its three timed steps.
 * Delegates and listeners are recording stand-ins.
 */
@Deployment(resources = {"party-inspection.bpmn", "forms/party-inspection-verify.form",
        "forms/party-inspection-conclude.form", "forms/party-inspection-decide.form", "forms/deadline-follow-up.form"})
class PartyInspectionProcessTest {

    @RegisterExtension
    static final EngineFixture.Deployed ENGINE = EngineFixture.extension();

    static final String SUBJECT = "HIEPAN-2026-00004";
    /** Not yet in PartyInspectionProcess. */
    static final String STEP_REPORT = "ServiceTaskReportInspectionOutcome";

    final StandIns standIns = new StandIns().deadlines();

    PartyInspectionProcessTest() {
        standIns.delegate("reportInspectionOutcomeDelegate");
        standIns.listener("inspectionTaskListener");
        standIns.listener("inspectionStepListener");
    }

    @Test
    void aViolationWithADisciplineProposalIsDecidedByTheStandingCommittee() {
        ProcessInstance inspection = requested();
        assertThat(inspection).isWaitingAt(PartyInspectionProcess.TASK_VERIFY);
        assertThat(task()).hasCandidateGroup("ubkthuyenuy");

        complete(task(), Map.of(PartyInspectionProcess.VERIFICATION, "Có vi phạm", PartyInspectionProcess.VIOLATION_FOUND, true));
        assertThat(inspection).isWaitingAt(PartyInspectionProcess.TASK_CONCLUDE);
        assertThat(task()).hasCandidateGroup("ubkthuyenuy");

        complete(task(), Map.of(PartyInspectionProcess.CONCLUSION, "Vi phạm quy định",
                PartyInspectionProcess.DISCIPLINE_PROPOSED, true, PartyInspectionProcess.PROPOSED_DISCIPLINE, "REPRIMAND"));
        assertThat(inspection).isWaitingAt(PartyInspectionProcess.TASK_DECIDE_DISCIPLINE);
        assertThat(task()).hasCandidateGroup("huyenuy");

        complete(task(), Map.of(PartyInspectionProcess.DECIDED_DISCIPLINE, "REPRIMAND",
                PartyInspectionProcess.DECISION_NUMBER, "20-QĐ/HU"));
        assertThat(inspection).isEnded().hasPassed(STEP_REPORT, PartyInspectionProcess.END_CLOSED);
        assertThat(standIns.callsOf("inspectionStepListener")).containsExactly("UserTaskVerifyPartyMember:complete",
                "UserTaskConcludeInspection:complete", "UserTaskDecideDiscipline:complete");
        assertThat(standIns.callsOf("reportInspectionOutcomeDelegate")).containsExactly(STEP_REPORT);
    }

    @Test
    void withoutADisciplineProposalTheOutcomeIsReportedAtOnce() {
        ProcessInstance inspection = requested();
        complete(task(), Map.of(PartyInspectionProcess.VIOLATION_FOUND, false));

        complete(task(), Map.of(PartyInspectionProcess.CONCLUSION, "Không vi phạm",
                PartyInspectionProcess.DISCIPLINE_PROPOSED, false));

        assertThat(inspection).isEnded().hasPassed(STEP_REPORT, PartyInspectionProcess.END_CLOSED)
                .hasNotPassed(PartyInspectionProcess.TASK_DECIDE_DISCIPLINE);
    }

    @ParameterizedTest(name = "{0}: reminded, escalated, very late, each followed up; done, the step closes")
    @ValueSource(strings = {PartyInspectionProcess.TASK_VERIFY, PartyInspectionProcess.TASK_CONCLUDE,
            PartyInspectionProcess.TASK_DECIDE_DISCIPLINE})
    void everyTimedStepIsRemindedEscalatedAndFollowedUp(String step) {
        ProcessInstance inspection = requested();
        if (!step.equals(PartyInspectionProcess.TASK_VERIFY)) {
            complete(task(), Map.of(PartyInspectionProcess.VIOLATION_FOUND, true));
        }
        if (step.equals(PartyInspectionProcess.TASK_DECIDE_DISCIPLINE)) {
            complete(task(), Map.of(PartyInspectionProcess.DISCIPLINE_PROPOSED, true));
        }

        TimedSteps.fireEveryTimerAndFollowUp(inspection, step);
        assertThat(standIns.callsOf("sendReminderDelegate")).hasSize(1);

        complete(task(step), Map.of(PartyInspectionProcess.DISCIPLINE_PROPOSED, false));
        assertThat(inspection).hasPassed(TimedSteps.stepDone(inspection, step));
    }

    /** As PartyInspections starts it: the commission verifies, the standing committee above it decides. */
    private ProcessInstance requested() {
        ProcessInstance inspection = runtimeService().createProcessInstanceByKey(PartyInspectionProcess.KEY)
                .businessKey(SUBJECT).setVariables(Map.of(PartyInspectionProcess.INSPECTION_ID, "UBKT-" + SUBJECT + "-1",
                        PartyInspectionProcess.SUBJECT_TYPE, "CASE", PartyInspectionProcess.SUBJECT_ID, SUBJECT,
                        PartyInspectionProcess.REASON, "Tố cáo đảng viên", PartyInspectionProcess.COMMISSION_UNIT,
                        "ubkthuyenuy", PartyInspectionProcess.COMMITTEE_UNIT, "huyenuy"))
                .execute();
        assertThat(inspection).isStarted();
        return inspection;
    }
}
