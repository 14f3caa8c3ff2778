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
            new CaseDriver(engine).complete(caseId, "UserTaskClassifyPetition",
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
        var review = driver.task(key, "UserTaskReviewProposal");
        assertThat(driver.groupsOf(review)).containsExactly("mttqhuyen");
        assertThat(engine.getTaskService().getVariable(review.getId(), "caseIdsText").toString()).contains(caseIds.get(0));
        driver.complete(key, "UserTaskReviewProposal", Map.of("proposalDecision", "PLAN", "supervisingUnit", "mttqhuyen",
                "subject", "Xử lý ô nhiễm lò than", "supervisedBody", "UBND xã Tà Hine", "plannedQuarter", "4"));

        String campaignId = jdbc.sql("SELECT campaign_id FROM supervision_campaign_case WHERE case_id = ?")
                .param(caseIds.get(0)).query(String.class).single();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId())
                .count()).as("the proposal is done").isZero();
        assertThat(jdbc.sql("SELECT case_id FROM supervision_campaign_case WHERE campaign_id = ? ORDER BY case_id")
                .param(campaignId).query(String.class).list()).containsExactlyElementsOf(caseIds);
        assertThat(driver.task(campaignId, "UserTaskAgreeProgramme")).isNotNull();
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
        assertThat(driver.groupsOf(driver.task("TARGET-HOIPHUNUHUYEN-2031-REMINDER", "UserTaskPlanSupervision")))
                .containsExactly("hoiphunuhuyen");
        assertThat(targets.check(LocalDate.of(2031, 7, 2), Instant.now())).as("once a year").isEmpty();

        List<String> escalations = targets.check(LocalDate.of(2031, 10, 1), Instant.now());
        assertThat(escalations).contains("TARGET-HOIPHUNUHUYEN-2031-ESCALATION").allMatch(key -> key.endsWith("ESCALATION"));
        assertThat(driver.groupsOf(driver.task("TARGET-HOIPHUNUHUYEN-2031-ESCALATION", "UserTaskUrgeUnit")))
                .containsExactly("huyenuy");

        JsonNode list = json.readTree(new Http(port).get("/api/supervisions/targets?year=2031", "huyenuy1", "demo").body());
        JsonNode front = find(list, "mttqhuyen", null);
        assertThat(front.path("planned").asInt()).isEqualTo(1);
        assertThat(front.path("status").asText()).isEqualTo("ON_TRACK");
        assertThat(front.path("targetMin").asInt()).isEqualTo(1);
        assertThat(front.path("targetMax").asInt()).isEqualTo(2);
        assertThat(find(list, "hoiphunuhuyen", null).path("status").asText()).isEqualTo("NONE_PLANNED");
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
