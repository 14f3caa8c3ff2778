package vn.danvan.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.danvan.petition.CaseVariables;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.petition.PetitionDistrictProcess;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.Http;
import vn.danvan.support.Petitions;

/**
 * The 2025 two-level structure as data: an office with the default (three-level) data and a case
 * open at Hiệp An switches to the {@code two-level-2025} data set; the case follows Hiệp An into the
 * merged commune, and the same BPMN processes send it on to the province's reception office, named
 * as the data names its level. A database of its own (the switch would change every other test's
 * units), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "danvan.embedded.data-dir=target/it-data-two-level",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.generate-unique-process-application-name=true",
        // the webapps keep their Spring context in a static field: a second one in this JVM would leave
        // Tasklist and Admin of the shared test context pointing at this one after it closes (500s)
        "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
@DirtiesContext
class TwoLevelOrganisationIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    ProcessEngine engine;

    @Test
    void anOfficeSwitchesToTheTwoLevelStructureAndTheSameProcessesRunOnIt() throws Exception {
        Http http = new Http(port);
        CaseDriver driver = new CaseDriver(engine);
        String caseId = json.readTree(http.postJson("/api/petitions", Petitions.json("hiepan", "Đường liên xã"),
                "admin", "demo").body()).path("caseId").asText();
        driver.awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);

        HttpResponse<String> switched = http.postJson("/api/units/data-sets/two-level-2025", "{}", "admin", "demo");

        assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
        assertThat(json.readTree(switched.body()).path("merged").asInt()).isEqualTo(80);
        assertThat(levels(http)).containsEntry("COMMUNE", "Cấp xã").containsEntry("DISTRICT", "Cấp tỉnh")
                .containsEntry("COMMITTEE", "Tỉnh ủy");
        JsonNode units = json.readTree(http.get("/api/units", "admin", "demo").body());
        assertThat(active(units, "huyen")).isFalse();
        assertThat(active(units, "hiepan")).isFalse();
        assertThat(active(units, "hiepanmttq")).isFalse();
        assertThat(active(units, "tinhtcd")).isTrue();
        assertThat(active(units, "ductrongdanguy")).isTrue();
        // the case open at the switch went with Hiệp An into Hiệp Thạnh, and says so on its timeline
        JsonNode view = json.readTree(http.get("/api/cases/" + caseId, "admin", "demo").body());
        assertThat(view.path("unitCode").asText()).isEqualTo("hiepthanh");
        // the receipt's "document-issued" note joins the timeline whenever it is rendered
        assertThat(view.path("timeline").findValuesAsText("action").stream()
                .filter(action -> !action.equals("document-issued")).toList()).containsExactly("received", "reassigned");

        // the same processes: Hiệp Thạnh forwards, and the province's reception office gets the case
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("COMPLAINT", "LAND", false, true));
        Task decide = driver.awaitTask(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING);
        assertThat(engine.getTaskService().getIdentityLinksForTask(decide.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("hiepthanh");
        assertThat(engine.getTaskService().getVariable(decide.getId(), "upperUnit"))
                .isEqualTo("Ban Tiếp công dân tỉnh Lâm Đồng (Cấp tỉnh)");
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD",
                CaseVariables.FORWARD_REASON, "Quyết định thu hồi đất của cấp tỉnh"));
        Task accept = driver.awaitTask(caseId, PetitionDistrictProcess.TASK_ACCEPT);
        assertThat(engine.getTaskService().getIdentityLinksForTask(accept.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("tinhtcd");
        assertThat(accept.getName()).contains("Cấp tỉnh").contains(caseId);
        JsonNode forwarded = json.readTree(http.get("/api/cases/" + caseId, "admin", "demo").body());
        assertThat(forwarded.path("level").asText()).isEqualTo("DISTRICT");
        assertThat(forwarded.path("unitCode").asText()).isEqualTo("tinhtcd");
        // the dashboard's read model follows from the events
        await().atMost(CaseDriver.PATIENCE).until(() -> {
            for (JsonNode row : json.readTree(http.get("/api/dashboard/cases?level=DISTRICT", "admin", "demo").body())
                    .path("items")) {
                if (caseId.equals(row.path("case_id").asText())) {
                    return "tinhtcd".equals(row.path("current_unit").asText());
                }
            }
            return false;
        });

        HttpResponse<String> again = http.postJson("/api/units/data-sets/two-level-2025", "{}", "admin", "demo");
        assertThat(json.readTree(again.body()).path("created").asInt()).isZero();
        assertThat(json.readTree(again.body()).path("changed").asInt()).isZero();
        assertThat(json.readTree(again.body()).path("merged").asInt()).isZero();
        assertThat(http.postJson("/api/units/data-sets/no-such-set", "{}", "admin", "demo").statusCode()).isEqualTo(404);
        assertThat(http.postJson("/api/units/data-sets/two-level-2025", "{}", "hiepan1", "demo").statusCode()).isIn(401, 403);
    }

    private Map<String, String> levels(Http http) throws Exception {
        Map<String, String> names = new java.util.HashMap<>();
        json.readTree(http.get("/api/levels", "admin", "demo").body())
                .forEach(level -> names.put(level.path("code").asText(), level.path("name").asText()));
        return names;
    }

    private static boolean active(JsonNode units, String code) {
        for (JsonNode unit : units) {
            if (code.equals(unit.path("code").asText())) {
                return unit.path("active").asBoolean();
            }
        }
        throw new AssertionError("No unit " + code);
    }
}
