package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.Browser;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaCaseEvents;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.Tasklist;

/**
 * The officers' journey in the real Tasklist: a commune officer records a walk-in petition and
 * forwards it, the district accepts and resolves it, the commune closes it; another commune's officer
 * sees none of it. Screenshots go to target/screenshots/tasklist-journey/.
 */
@DanvanIntegrationTest
class TasklistJourneyIT {

    private static final String SUBJECT = "Cống thoát nước thôn 5 bị tắc";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void aWalkInPetitionTravelsFromCommuneToDistrictAndBack() throws Exception {
        CaseDriver cases = new CaseDriver(engine);
        String caseId;
        try (Browser browser = Browser.open("tasklist-journey")) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.signIn("liennghia1", "demo");
            browser.screenshot("01-liennghia-tasklist");
            tasklist.openStartForm("Giải quyết đơn tại cấp xã");
            tasklist.field("petitionerName", "Phạm Thị Hoa");
            tasklist.field("petitionerPhone", "0987 654 321");
            tasklist.field("petitionerAddress", "Tổ dân phố 5, Liên Nghĩa");
            tasklist.field("subject", SUBJECT);
            tasklist.field("content", "Mưa lớn làm nước tràn vào nhà dân, đề nghị nạo vét cống.");
            browser.screenshot("02-walk-in-form");
            tasklist.start();

            caseId = await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql(
                    "SELECT case_id FROM petition_case WHERE subject = ? AND origin_unit_code = 'liennghia'")
                    .param(SUBJECT).query(String.class).optional().orElse(null), id -> id != null);
            Task classify = cases.awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);
            // the start form's personal fields went into the encrypted case row, not into the engine
            assertThat(jdbc.sql("SELECT count(*) FROM act_ru_variable WHERE proc_inst_id_ = ? AND name_ LIKE 'petitioner%'")
                    .param(classify.getProcessInstanceId()).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT petitioner_name LIKE 'v1:%' FROM petition_case WHERE case_id = ?").param(caseId)
                    .query(Boolean.class).single()).isTrue();
            tasklist.openAndClaim(classify.getId());
            assertThat(browser.pageSource()).contains(caseId);
            assertThat(tasklist.fieldValue("Shown_subject")).isEqualTo(SUBJECT);
            tasklist.option("caseType", "Kiến nghị");
            tasklist.option("subjectArea", "Hạ tầng, giao thông");
            browser.press(By.cssSelector("input[id$='-Field_districtDecision_1']"));
            browser.screenshot("03-classify");
            tasklist.complete();

            tasklist.openAndClaim(cases.awaitTask(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING).getId());
            tasklist.tick("handling", 1);
            tasklist.field("forwardReason", "Công trình do huyện đầu tư");
            browser.screenshot("04-forward");
            tasklist.complete();
        }

        try (Browser browser = Browser.open("tasklist-journey")) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.signIn("huyen1", "demo");
            tasklist.openAndClaim(cases.awaitTask(caseId, PetitionDistrictProcess.TASK_ACCEPT).getId());
            browser.screenshot("05-district-accept");
            tasklist.tick("acceptance", 0);
            tasklist.complete();

            tasklist.openAndClaim(cases.awaitTask(caseId, PetitionDistrictProcess.TASK_RESOLVE).getId());
            tasklist.field("conclusion", "Huyện giao Ban Quản lý dự án nạo vét trước ngày 15/12.");
            tasklist.option("outcome", "Đơn đúng");
            tasklist.field("decisionNumber", "88/UBND-QLĐT");
            browser.screenshot("06-district-resolve");
            tasklist.complete();
        }

        try (Browser browser = Browser.open("tasklist-journey")) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.signIn("liennghia1", "demo");
            tasklist.openAndClaim(cases.awaitTask(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN).getId());
            assertThat(tasklist.fieldValue("Shown_conclusion")).contains("Huyện giao Ban Quản lý dự án nạo vét");
            tasklist.option("notificationMethod", "Trực tiếp");
            browser.screenshot("07-inform-and-close");
            tasklist.complete();
        }

        String finalCaseId = caseId;
        await().atMost(CaseDriver.PATIENCE).until(() -> cases.history(finalCaseId, PetitionCommuneProcess.KEY).getEndTime() != null);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            assertThat(KafkaCaseEvents.changes(KafkaCaseEvents.await(kafka, caseId, 6)))
                    .containsExactly("received", "classified", "forwarded", "accepted", "resolved", "closed");
        }
        String trackingCode = jdbc.sql("SELECT tracking_code FROM petition_case WHERE case_id = ?").param(caseId)
                .query(String.class).single();
        assertThat(json.readTree(new Http(port).get("/api/public/cases/" + trackingCode).body()).path("status").asText())
                .isEqualTo("CLOSED");
    }

    @Test
    void anotherCommunesOfficerSeesNoneOfIt() throws Exception {
        var response = new Http(port).postJson("/api/petitions", vn.danvan.support.Petitions.json("liennghia",
                "Việc riêng của Liên Nghĩa"), "liennghia1", "demo");
        String caseId = json.readTree(response.body()).path("caseId").asText();
        Task task = new CaseDriver(engine).awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);

        try (Browser browser = Browser.open("other-commune")) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.signIn("hiepan1", "demo");
            browser.await(By.xpath("//a[contains(., 'Việc của đơn vị')]"));
            browser.screenshot("01-hiepan-tasklist");
            assertThat(browser.pageSource()).doesNotContain(caseId).doesNotContain("Liên Nghĩa:");

            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
            browser.await(By.cssSelector(".tasks-list"));
            browser.screenshot("02-hiepan-opens-foreign-task");
            assertThat(browser.findAll(By.cssSelector("button.claim"))).isEmpty();
            assertThat(browser.pageSource()).doesNotContain("Việc riêng của Liên Nghĩa");
        }
    }
}
