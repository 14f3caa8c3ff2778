package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.danvan.dialogue.ConferenceDriver.at;
import static vn.danvan.dialogue.ConferenceDriver.clock;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;

/**
 * The yearly rhythm: the timer start event of {@code dialogue-yearly} prompts each unit that must
 * hold a conference; a unit with a plan is not prompted, a plan made elsewhere ends the prompt, a
 * plan made on the prompt starts the conference, and no plan by the unit's date goes to the committee.
 * Only four units are marked as holding conferences during the test (so no other unit gets tasks),
 * with their planning date on 20 January; the engine's clock is in January 2026.
 */
@DanvanIntegrationTest
class DialogueYearlyProcessIT {

    static final List<String> UNITS = List.of("daquyn", "tahine", "tanang", "mttqhuyen");

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    ConferenceDriver driver;

    @BeforeEach
    void onlyTheseUnitsHoldConferences() {
        driver = new ConferenceDriver(engine, jdbc);
        jdbc.sql("UPDATE dialogue_unit_policy SET must_hold = unit_code IN (:units)").param("units", UNITS).update();
        jdbc.sql("UPDATE dialogue_unit_policy SET plan_by_month = 1, plan_by_day = 20 WHERE unit_code IN (:units)")
                .param("units", UNITS).update();
        clock(at("2026-01-05T09:00"));
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        jdbc.sql("UPDATE dialogue_unit_policy SET must_hold = true, plan_by_month = 6, plan_by_day = 30").update();
    }

    @Test
    void eachUnitIsPromptedOnceAYearAndTheCommitteeFollowsUpTheOnesWithoutAPlan() {
        driver.start(driver.officer("daquyn1", "daquyn"),
                ConferenceDriver.plan("Đất rừng", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 2)));

        Job newYear = engine.getManagementService().createJobQuery().processDefinitionKey(DialogueYearlyProcess.KEY).timers()
                .singleResult();
        assertThat(newYear).as("the yearly timer start event is scheduled").isNotNull();
        engine.getManagementService().executeJob(newYear.getId());

        assertThat(driver.ended("DIALOGUE-PLAN-DAQUYN-2026", DialogueYearlyPromptProcess.KEY,
                DialogueYearlyPromptProcess.END_ALREADY_PLANNED)).isTrue();
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(DialogueYearlyPromptProcess.TASK_PLAN)
                .taskCandidateGroupIn(List.of("tahine", "tanang", "mttqhuyen")).count()).isEqualTo(3);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(DialogueYearlyPromptProcess.TASK_PLAN)
                .taskCandidateGroup("liennghia").count()).isZero();

        // Tà Hine plans from Tasklist's start form: its prompt ends by itself
        driver.start(driver.officer("tahine1", "tahine"),
                ConferenceDriver.plan("Nước tưới", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 2)));
        assertThat(driver.ended("DIALOGUE-PLAN-TAHINE-2026", DialogueYearlyPromptProcess.KEY,
                DialogueYearlyPromptProcess.END_PLANNED_ELSEWHERE)).isTrue();

        // Tà Năng fills in the plan on the prompt itself: the conference starts and goes for approval
        Task prompt = driver.task("DIALOGUE-PLAN-TANANG-2026", DialogueYearlyPromptProcess.TASK_PLAN);
        assertThat(prompt.getName()).contains("năm 2026").contains("Tà Năng");
        Map<String, Object> plan = new HashMap<>(ConferenceDriver.plan("Giao thông nông thôn", LocalDate.of(2026, 3, 12),
                LocalDate.of(2026, 3, 3)));
        driver.completeTask(driver.officer("tanang1", "tanang"), prompt.getId(), plan);
        assertThat(driver.ended("DIALOGUE-PLAN-TANANG-2026", DialogueYearlyPromptProcess.KEY,
                DialogueYearlyPromptProcess.END_CONFERENCE_PLANNED)).isTrue();
        assertThat(driver.task("DIALOGUE-TANANG-2026-01", DialogueConferenceProcess.TASK_APPROVE_PLAN)).isNotNull();
        assertThat(jdbc.sql("SELECT created_by FROM dialogue_conference WHERE conference_id = 'DIALOGUE-TANANG-2026-01'")
                .query(String.class).single()).isEqualTo("tanang1");

        // the district Front has not planned by 20 January: the committee follows it up
        clock(at("2026-01-21T08:00"));
        Task followUp = await().atMost(CaseDriver.PATIENCE).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey("DIALOGUE-PLAN-MTTQHUYEN-2026").taskDefinitionKey(DialogueYearlyPromptProcess.TASK_FOLLOW_UP)
                .singleResult(), task -> task != null);
        assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()))
                .anyMatch(link -> "huyenuy".equals(link.getGroupId()));
        assertThat(driver.tasks("DIALOGUE-PLAN-MTTQHUYEN-2026", DialogueYearlyPromptProcess.TASK_PLAN))
                .as("the unit can still plan").hasSize(1);
    }
}
