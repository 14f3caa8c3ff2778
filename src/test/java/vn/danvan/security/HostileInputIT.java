package vn.danvan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.Browser;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.Tasklist;

/**
 * Text that looks like code stays text: stored as given, shown escaped in Tasklist and on the
 * dashboard, never evaluated by the engine. The page scripts would set {@code window.pwned} if any
 * markup ran.
 */
@DanvanIntegrationTest
class HostileInputIT {

    static final String SUBJECT = "<img src=x onerror=\"window.pwned=1\"> ${execution.setVariable('pwned', 1)}";
    static final String CONTENT = "<script>window.pwned=2</script> #{1+1} ${1+1} {{caseId}} **đậm** [liên kết](javascript:window.pwned=3)";

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
    void aPetitionWrittenLikeCodeIsStoredAsGivenAndInertInTasklist() throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("unitCode", "liennghia", "channel", "ONLINE",
                "subject", SUBJECT, "content", CONTENT, "petitioner", java.util.Map.of("fullName", "<b>Tên</b>")));
        String caseId = json.readTree(new Http(port).postJson("/api/petitions", body, "liennghia1", "demo").body())
                .path("caseId").asText();
        assertThat(jdbc.sql("SELECT subject FROM petition_case WHERE case_id = ?").param(caseId).query(String.class)
                .single()).isEqualTo(SUBJECT);
        var task = new CaseDriver(engine).awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);

        try (Browser browser = Browser.open("hostile-input")) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.signIn("liennghia1", "demo");
            tasklist.openAndClaim(task.getId());
            assertThat(tasklist.fieldValue("Shown_subject")).isEqualTo(SUBJECT);
            assertThat(tasklist.fieldValue("Shown_content")).isEqualTo(CONTENT);
            browser.screenshot("01-classify-task");
            assertThat(browser.script("return window.pwned")).isNull();
            assertThat(browser.findAll(By.cssSelector(".fjs-form img, .fjs-form script"))).isEmpty();
        }
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("pwned").count()).isZero();
    }

    @Test
    void anEventWrittenLikeCodeIsInertOnTheDashboard() throws Exception {
        String hostile = "<img src=x onerror=window.pwned=4>";
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            vn.danvan.dashboard.HostileEvents.send(kafka, hostile);
        }
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM dash_case WHERE case_id = ?")
                .param(hostile).query(Long.class).single() == 1);

        try (Browser browser = Browser.open("hostile-input")) {
            browser.get("http://localhost:" + port + "/dashboard?unit=hostileunit");
            browser.await(By.id("username")).sendKeys("admin");
            browser.await(By.id("password")).sendKeys("demo");
            browser.await(By.cssSelector("button[type=submit]")).click();
            browser.awaitText(By.id("cases-table"), hostile);
            browser.screenshot("02-dashboard");
            assertThat(browser.script("return window.pwned")).isNull();
            assertThat(browser.findAll(By.cssSelector("#cases-table img"))).isEmpty();
        }
    }
}
