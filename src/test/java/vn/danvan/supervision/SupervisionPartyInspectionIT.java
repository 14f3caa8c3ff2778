package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.inspection.PartyInspectionProcess;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;

/**
 * A supervision finding about a Party member goes to the committee's inspection commission through
 * {@code POST /api/supervisions/{id}/party-inspection}: refused before the campaign has findings, for
 * a blank finding and for another unit; then the commission's steps and the committee's decision are
 * in the campaign's history and on {@code danvan.supervisions}.
 */
@DanvanIntegrationTest
class SupervisionPartyInspectionIT {

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

    SupervisionDriver driver;
    KafkaTestClient kafka;

    @BeforeEach
    void setUp() {
        driver = new SupervisionDriver(engine, jdbc);
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void aFindingAboutAPartyMemberGoesToTheCommissionAndItsOutcomeBackToTheCampaign() throws Exception {
        String id = driver.enter("hoinongdanhuyen", 2026, "Sử dụng vốn vay hỗ trợ hội viên", "UBND xã Đà Loan", null);
        Http http = new Http(port);
        String path = "/api/supervisions/" + id + "/party-inspection";
        String finding = "{\"finding\": \"Cán bộ xã là đảng viên có dấu hiệu chiếm dụng vốn vay của hội viên\"}";

        var early = http.postJson(path, finding, "admin", "demo");
        assertThat(early.statusCode()).as("no findings before field work").isEqualTo(409);
        assertThat(early.body()).contains("chưa thể đề nghị Ủy ban Kiểm tra");

        driver.driveToFinalReport(id, List.of("Thu hồi vốn sử dụng sai mục đích"));
        var blank = http.postJson(path, "{\"finding\": \"  \"}", "admin", "demo");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("finding");
        assertThat(http.postJson(path, finding, "huyenuy1", "demo").statusCode()).as("not the supervising unit").isEqualTo(403);

        var started = http.postJson(path, finding, "admin", "demo");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode inspection = json.readTree(started.body());
        assertThat(inspection.path("commissionUnit").asText()).isEqualTo("ubkthuyenuy");
        assertThat(inspection.path("committeeUnit").asText()).isEqualTo("huyenuy");
        assertThat(http.postJson(path, finding, "admin", "demo").statusCode()).as("one open at a time").isEqualTo(409);

        assertThat(driver.groupsOf(driver.task(id, PartyInspectionProcess.TASK_VERIFY))).containsExactly("ubkthuyenuy");
        driver.complete(id, PartyInspectionProcess.TASK_VERIFY, Map.of(PartyInspectionProcess.VERIFICATION, "Đã đối chiếu sổ sách"));
        driver.complete(id, PartyInspectionProcess.TASK_CONCLUDE, Map.of(PartyInspectionProcess.VIOLATION_FOUND, true,
                PartyInspectionProcess.CONCLUSION, "Có vi phạm", PartyInspectionProcess.DISCIPLINE_PROPOSED, true,
                PartyInspectionProcess.PROPOSED_DISCIPLINE, "KHIEN_TRACH"));
        assertThat(driver.groupsOf(driver.task(id, PartyInspectionProcess.TASK_DECIDE_DISCIPLINE))).containsExactly("huyenuy");
        driver.complete(id, PartyInspectionProcess.TASK_DECIDE_DISCIPLINE, Map.of(
                PartyInspectionProcess.DECIDED_DISCIPLINE, "KHIEN_TRACH", PartyInspectionProcess.DECISION_NUMBER, "16-QĐ/HU"));

        assertThat(driver.actions(id)).containsSubsequence("reported", "inspection-started", "inspection-verified",
                "inspection-concluded", "discipline-decided", "inspection-closed");
        List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecords("danvan.supervisions",
                record -> id.equals(record.key()) && String.valueOf(KafkaTestClient.header(record, "ce_type")).contains("inspection")
                        || id.equals(record.key()) && String.valueOf(KafkaTestClient.header(record, "ce_type")).endsWith("discipline-decided"),
                4, Duration.ofSeconds(30));
        assertThat(events).extracting(record -> KafkaTestClient.header(record, "ce_type"))
                .containsExactly("vn.danvan.supervision.inspection-started", "vn.danvan.supervision.inspection-verified",
                        "vn.danvan.supervision.inspection-concluded", "vn.danvan.supervision.discipline-decided");
        assertThat(events).allSatisfy(record -> assertThat(KafkaTestClient.value(record)).doesNotContain("chiếm dụng"));

        JsonNode listed = json.readTree(http.get("/api/supervisions/" + id + "/party-inspections", "admin", "demo").body());
        assertThat(listed.get(0).path("status").asText()).isEqualTo("CLOSED");
        assertThat(listed.get(0).path("decidedDiscipline").asText()).isEqualTo("KHIEN_TRACH");
        assertThat(driver.status(id)).as("the campaign itself goes on").isEqualTo("REPORTED");
    }

    @Test
    void aFinalReportThatNamesAFindingAboutAPartyMemberSendsItToTheCommission() {
        String id = driver.enter("mttqhuyen", 2026, "Thực hiện quy chế dân chủ ở cơ sở", "UBND xã Ninh Gia", null);
        driver.complete(id, SupervisionCampaignProcess.TASK_AGREE,
                Map.of(SupervisionCampaignProcess.AGREEMENT, "AGREE", SupervisionCampaignProcess.AGREEMENT_NOTE,
                "Thống nhất"));
        driver.complete(id, SupervisionCampaignProcess.TASK_FORM_TEAM,
                Map.of(SupervisionCampaignProcess.DECISION_NUMBER, "QĐ 14/QĐ-MTTQ",
                SupervisionCampaignProcess.TEAM_LEADER, "Phó Chủ tịch",
                SupervisionCampaignProcess.PLAN_SUMMARY, "Giám sát quy chế dân chủ"));
        driver.complete(id, SupervisionCampaignProcess.TASK_SEND_NOTICE,
                Map.of(SupervisionCampaignProcess.NOTICE_NUMBER, "TB 07/TB-MTTQ"));
        driver.complete(id, SupervisionCampaignProcess.TASK_SELF_REPORT,
                Map.of(SupervisionCampaignProcess.SELF_REPORT, "Báo cáo của xã"));
        driver.complete(id, SupervisionCampaignProcess.TASK_FIELD_WORK,
                Map.of(SupervisionCampaignProcess.FIELD_WORK_NOTES, "Làm việc tại 2 thôn"));
        driver.complete(id, SupervisionCampaignProcess.TASK_DISCUSS_DRAFT,
                Map.of(SupervisionCampaignProcess.DRAFT_COMMENTS, "Thống nhất"));
        driver.complete(id, SupervisionCampaignProcess.TASK_FINAL_REPORT,
                Map.of(SupervisionCampaignProcess.REPORT_NUMBER, "BC 22/BC-MTTQ", SupervisionCampaignProcess.FINDINGS,
                "Chưa công khai",
                "recommendation1", "Công khai thu chi", "partyMemberFinding", "Trưởng thôn là đảng viên không công khai thu chi"));

        assertThat(driver.groupsOf(driver.task(id, PartyInspectionProcess.TASK_VERIFY))).containsExactly("ubkthuyenuy");
        assertThat(driver.actions(id)).containsSubsequence("reported", "inspection-started");
        driver.complete(id, PartyInspectionProcess.TASK_VERIFY, Map.of(PartyInspectionProcess.VERIFICATION, "Đã xác minh"));
        driver.complete(id, PartyInspectionProcess.TASK_CONCLUDE, Map.of(PartyInspectionProcess.VIOLATION_FOUND, false,
                PartyInspectionProcess.CONCLUSION, "Chưa đến mức xử lý kỷ luật"));
        assertThat(driver.actions(id)).containsSubsequence("inspection-concluded", "inspection-closed")
                .doesNotContain("discipline-decided");
    }
}
