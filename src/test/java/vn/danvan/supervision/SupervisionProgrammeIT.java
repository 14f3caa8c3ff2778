package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Petitions;

/** The yearly programme: campaigns proposed from recurring petitions, and the target of 1-2 campaigns a year. */
@DanvanIntegrationTest
class SupervisionProgrammeIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    SupervisionTargets targets;

    SupervisionDriver driver;

    @BeforeEach
    void setUp() {
        driver = new SupervisionDriver(engine, jdbc);
    }

    @Test
    void threePetitionsOnOneSubjectInACommuneWithinAQuarterProposeACampaignLinkingThem() throws Exception {
        Http http = new Http(port);
        List<String> caseIds = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            var response = http.postJson("/api/petitions", Petitions.json("tahine", "Khói bụi từ lò than " + i), "admin", "demo");
            String caseId = json.readTree(response.body()).path("caseId").asText();
            new CaseDriver(engine).complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                    CaseDriver.classification("FEEDBACK", "ENVIRONMENT", false, false));
            caseIds.add(caseId);
        }
        assertThat(http.postJson("/api/supervisions/proposals/scan", "", "hiepan1", "demo").statusCode()).isEqualTo(403);

        var scanned = http.postJson("/api/supervisions/proposals/scan", "", "admin", "demo");
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
        JsonNode proposal = find(json.readTree(scanned.body()), "tahine", "ENVIRONMENT");
        assertThat(json.convertValue(proposal.path("caseIds"), List.class)).containsExactlyElementsOf(caseIds);
        var rescanned = json.readTree(http.postJson("/api/supervisions/proposals/scan", "", "admin", "demo").body());
        assertThat(find(rescanned, "tahine", "ENVIRONMENT")).as("proposed once per quarter").isNull();

        String key = "PROPOSAL-TAHINE-ENVIRONMENT-" + proposal.path("year").asInt() + "-Q" + proposal.path("quarter").asInt();
        // the commune's own Front committee reviews the proposal and supervises
        var review = driver.task(key, SupervisionProposalProcess.TASK_REVIEW);
        assertThat(driver.groupsOf(review)).containsExactly("tahinemttq");
        assertThat(engine.getTaskService().getVariable(review.getId(),
                SupervisionProposalProcess.CASE_IDS_TEXT).toString()).contains(caseIds.get(0));
        driver.complete(key, SupervisionProposalProcess.TASK_REVIEW,
                Map.of(SupervisionProposalProcess.DECISION, "PLAN", SupervisionProposalProcess.SUPERVISING_UNIT,
                "tahinemttq",
                "subject", "Xử lý ô nhiễm lò than", "supervisedBody", "UBND xã Tà Hine", "plannedQuarter", "4"));

        String campaignId = jdbc.sql("SELECT campaign_id FROM supervision_campaign_case WHERE case_id = ?")
                .param(caseIds.get(0)).query(String.class).single();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId())
                .count()).as("the proposal is done").isZero();
        assertThat(jdbc.sql("SELECT case_id FROM supervision_campaign_case WHERE campaign_id = ? ORDER BY case_id")
                .param(campaignId).query(String.class).list()).containsExactlyElementsOf(caseIds);
        assertThat(driver.groupsOf(driver.task(campaignId,
                SupervisionCampaignProcess.TASK_AGREE))).as("the commune's Party committee agrees")
                .containsExactly("tahinedanguy");
        JsonNode view = json.readTree(http.get("/api/supervisions/" + campaignId, "admin", "demo").body());
        assertThat(json.convertValue(view.path("caseIds"), List.class)).containsExactlyElementsOf(caseIds);
    }

    @Test
    void aUnitWithNoCampaignPlannedIsRemindedThenReportedToTheCommittee() throws Exception {
        String planned = driver.enter("mttqhuyen", 2031, "Giám sát năm 2031", "UBND xã Đa Quyn", null);
        assertThat(planned).startsWith("SUPERVISION-MTTQHUYEN-2031-");

        assertThat(targets.check(LocalDate.of(2031, 6, 29), Instant.now())).isEmpty();
        List<String> reminders = targets.check(LocalDate.of(2031, 7, 1), Instant.now());
        assertThat(reminders).contains("TARGET-HOIPHUNUHUYEN-2031-REMINDER")
                .doesNotContain("TARGET-MTTQHUYEN-2031-REMINDER").noneMatch(key -> key.endsWith("ESCALATION"));
        assertThat(driver.groupsOf(driver.task("TARGET-HOIPHUNUHUYEN-2031-REMINDER",
                SupervisionYearlyTargetProcess.TASK_PLAN)))
                .containsExactly("hoiphunuhuyen");
        assertThat(targets.check(LocalDate.of(2031, 7, 2), Instant.now())).as("once a year").isEmpty();

        List<String> escalations = targets.check(LocalDate.of(2031, 10, 1), Instant.now());
        assertThat(escalations).contains("TARGET-HOIPHUNUHUYEN-2031-ESCALATION").allMatch(key -> key.endsWith("ESCALATION"));
        assertThat(driver.groupsOf(driver.task("TARGET-HOIPHUNUHUYEN-2031-ESCALATION",
                SupervisionYearlyTargetProcess.TASK_URGE)))
                .containsExactly("huyenuy");

        JsonNode list = json.readTree(new Http(port).get("/api/supervisions/targets?year=2031", "huyenuy1", "demo").body());
        JsonNode front = find(list, "mttqhuyen", null);
        assertThat(front.path("planned").asInt()).isEqualTo(1);
        assertThat(front.path("status").asText()).isEqualTo("ON_TRACK");
        assertThat(front.path("targetMin").asInt()).isEqualTo(1);
        assertThat(front.path("targetMax").asInt()).isEqualTo(2);
        assertThat(find(list, "hoiphunuhuyen", null).path("status").asText()).isEqualTo("NONE_PLANNED");
    }

    @Test
    void aCommuneFrontPlansAndRunsACampaignThatItsPartyCommitteeAgrees() throws Exception {
        String id = driver.enter("hiepanmttq", 2033, "Giám sát bình xét hộ nghèo", "UBND xã Hiệp An", null);
        assertThat(id).startsWith("SUPERVISION-HIEPANMTTQ-2033-");
        assertThat(driver.groupsOf(driver.task(id,
                SupervisionCampaignProcess.TASK_AGREE))).containsExactly("hiepandanguy");
        driver.driveToFinalReport(id, List.of("Công khai danh sách hộ nghèo"));
        assertThat(driver.groupsOf(driver.task(id + "-K1",
                SupervisionRecommendationProcess.TASK_RECORD_ANSWER))).containsExactly("hiepanmttq");
        Http http = new Http(port);
        assertThat(http.get("/api/supervisions/" + id, "hiepanmttq1", "demo").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/supervisions/" + id, "hiepandanguy1", "demo").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/supervisions/" + id, "liennghia1", "demo").statusCode()).isEqualTo(404);
        JsonNode target = find(json.readTree(http.get("/api/supervisions/targets?year=2033", "hiepanmttq1", "demo").body()),
                "hiepanmttq", null);
        assertThat(target.path("planned").asInt()).isEqualTo(1);
    }

    @Test
    void theTargetsAndTheDashboardsScorecardMeasureTheSameUnitsAndJudgeThemAlike() throws Exception {
        // one campaign carried to its end, one the committee declined, one running
        String done = driver.enter("hiepanhnd", 2034, "Giám sát vay vốn", "UBND xã Hiệp An", null);
        driver.driveToFinalReport(done, List.of());
        String declined = driver.enter("hiepanhlhpn", 2034, "Giám sát chưa phù hợp", "UBND xã Hiệp An", null);
        driver.complete(declined, SupervisionCampaignProcess.TASK_AGREE,
                Map.of(SupervisionCampaignProcess.AGREEMENT, "DECLINE", SupervisionCampaignProcess.AGREEMENT_NOTE,
                "Chưa phù hợp"));
        driver.enter("hiepanhccb", 2034, "Giám sát đang làm", "UBND xã Hiệp An", null);
        Http http = new Http(port);

        JsonNode targets = json.readTree(http.get("/api/supervisions/targets?year=2034", "huyenuy1", "demo").body());
        Map<String, String> judged = new java.util.TreeMap<>();
        targets.forEach(t -> judged.put(t.path("unitCode").asText(), t.path("planned").asInt() + "/"
                + t.path("completed").asInt() + "/" + "MET".equals(t.path("status").asText())));
        assertThat(judged).containsEntry("hiepanhnd", "1/1/true").containsEntry("hiepanhlhpn", "0/0/false")
                .containsEntry("hiepanhccb", "1/0/false").containsKeys("mttqhuyen", "hiepanmttq", "liennghiadoan")
                .doesNotContainKeys("hiepan", "huyen", "huyenuy", "hiepandanguy");
        org.awaitility.Awaitility.await().atMost(CaseDriver.PATIENCE).untilAsserted(() -> {
            JsonNode card = json.readTree(http.get("/api/dashboard/summary?year=2034", "huyenuy1", "demo").body())
                    .path("scorecard").path("supervision");
            Map<String, String> shown = new java.util.TreeMap<>();
            card.forEach(row -> shown.put(row.path("unit").asText(), row.path("campaigns").asInt() + "/"
                    + row.path("closed").asInt() + "/" + row.path("met").asBoolean()));
            assertThat(shown).isEqualTo(judged);
        });
    }

    private static JsonNode find(JsonNode array, String unitCode, String subjectArea) {
        for (JsonNode item : array) {
            if (unitCode.equals(item.path("unitCode").asText())
                    && (subjectArea == null || subjectArea.equals(item.path("subjectArea").asText()))) {
                return item;
            }
        }
        return null;
    }
}
