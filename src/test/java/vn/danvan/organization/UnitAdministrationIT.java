package vn.danvan.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.dialogue.DialogueConferenceProcess;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.Browser;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Petitions;

/**
 * The administrator's door to units: the real units are there, a new unit works at once (its
 * officers see their filters and may record petitions, no restart), bad input is refused naming the
 * field, and a unit with open work is deactivated only by handing the work over.
 */
@DanvanIntegrationTest
class UnitAdministrationIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    ProcessEngine engine;

    Http http() {
        return new Http(port);
    }

    @Test
    void everyOfficerReadsTheUnitsOfThePoliticalSystem() throws Exception {
        HttpResponse<String> answer = http().get("/api/units", "hiepan1", "demo");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode units = json.readTree(answer.body());
        assertThat(unit(units, "hiepanmttq")).isEqualTo(Map.of("code", "hiepanmttq", "name", "Ủy ban MTTQ Việt Nam xã Hiệp An",
                "kind", "FRONT", "level", "COMMUNE", "parent", "mttqhuyen", "active", true));
        assertThat(unit(units, "liennghiadanguy")).containsEntry("name", "Đảng ủy thị trấn Liên Nghĩa")
                .containsEntry("kind", "PARTY").containsEntry("parent", "huyenuy");
        assertThat(unit(units, "ubkthuyenuy")).containsEntry("kind", "PARTY").containsEntry("level", "COMMITTEE");
        // each of the 15 communes and the town: its government, Front, four organisations and Party committee
        for (String suffix : List.of("", "mttq", "hlhpn", "hnd", "hccb", "doan", "danguy")) {
            for (String commune : List.of("liennghia", "tanthanh", "ntholha", "daquyn")) {
                assertThat(unit(units, commune + suffix)).containsEntry("active", true);
            }
        }
        assertThat(http().get("/api/units").statusCode()).isEqualTo(401);
        assertThat(json.readTree(http().get("/api/levels", "hiepan1", "demo").body()).findValuesAsText("name"))
                .contains("Cấp xã", "Cấp huyện");
    }

    @Test
    void onlyAdministratorsWriteUnits() {
        String body = """
                {"code": "khongduoc", "name": "Không được", "kind": "COMMUNE", "level": "COMMUNE", "parent": "huyen"}""";
        assertThat(http().postJson("/api/units", body, "huyenuy1", "demo").statusCode()).isEqualTo(403);
        assertThat(http().putJson("/api/units/hiepan", body, "hiepan1", "demo").statusCode()).isEqualTo(403);
        assertThat(http().postJson("/api/units", body, null, null).statusCode()).isEqualTo(401);
        assertThat(http().get("/api/units/khongduoc", "admin", "demo").statusCode()).isEqualTo(404);
    }

    @Test
    void badUnitsAreRefusedNamingTheField() throws Exception {
        assertRefused(http().postJson("/api/units", unitJson("Bad-Code", "COMMUNE", "COMMUNE", "huyen", null), "admin", "demo"), "code");
        assertRefused(http().postJson("/api/units", unitJson("hiepan", "COMMUNE", "COMMUNE", "huyen", null), "admin", "demo"), "code");
        assertRefused(http().postJson("/api/units", unitJson("xamoi1", "COMMUNE", "COMMUNE", "khongco", null), "admin", "demo"), "parent");
        assertRefused(http().postJson("/api/units", unitJson("xamoi1", "CLUB", "COMMUNE", "huyen", null), "admin", "demo"), "kind");
        assertRefused(http().postJson("/api/units", unitJson("xamoi1", "COMMUNE", "PROVINCE", "huyen", null), "admin", "demo"), "level");
        assertRefused(http().postJson("/api/units", unitJson("xamoi1mttq", "FRONT", "COMMUNE", "mttqhuyen", null), "admin", "demo"), "commune");
        assertRefused(http().postJson("/api/units", unitJson("mttqmoi", "FRONT", "DISTRICT", "huyenuy", "hiepan"), "admin", "demo"), "commune");
        // a cycle of parents: a unit cannot answer to one below it
        assertThat(http().postJson("/api/units", unitJson("vongmot", "PARTY", "COMMITTEE", "huyenuy", null), "admin", "demo")
                .statusCode()).isEqualTo(201);
        assertThat(http().postJson("/api/units", unitJson("vonghai", "PARTY", "COMMITTEE", "vongmot", null), "admin", "demo")
                .statusCode()).isEqualTo(201);
        assertRefused(http().putJson("/api/units/vongmot", unitJson("vongmot", "PARTY", "COMMITTEE", "vonghai", null), "admin", "demo"), "parent");
        assertThat(json.readTree(http().get("/api/units/vongmot", "admin", "demo").body()).path("parent").asText())
                .isEqualTo("huyenuy");
    }

    @Test
    void aNewUnitsOfficersWorkAtOnceWithoutARestart() throws Exception {
        HttpResponse<String> created = http().postJson("/api/units",
                unitJson("xathunghiem", "COMMUNE", "COMMUNE", "huyen", null), "admin", "demo");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json.readTree(created.body()).path("commune").asText()).isEqualTo("xathunghiem");
        officer("xathunghiem1", "xathunghiem");

        // Tasklist's filters, the start form of the commune process, and the intake door
        assertThat(json.readTree(http().get("/engine-rest/filter", "xathunghiem1", "demo").body()).findValuesAsText("name"))
                .contains("Việc của đơn vị", "Quá hạn");
        assertThat(json.readTree(http().get("/engine-rest/process-definition?startablePermissionCheck=true"
                + "&startableInTasklist=true&latestVersion=true", "xathunghiem1", "demo").body()).findValuesAsText("key"))
                .contains(PetitionCommuneProcess.KEY);
        HttpResponse<String> petition = http().postJson("/api/petitions", Petitions.json("xathunghiem", "Đơn ở xã mới"),
                "xathunghiem1", "demo");
        assertThat(petition.statusCode()).isEqualTo(201);
        String caseId = json.readTree(petition.body()).path("caseId").asText();
        assertThat(json.readTree(http().get("/engine-rest/task?processInstanceBusinessKey=" + caseId, "xathunghiem1", "demo")
                .body()).findValuesAsText("taskDefinitionKey")).containsExactly(PetitionCommuneProcess.TASK_CLASSIFY);
        // a dialogue policy for the new commune: it holds a yearly conference like the others
        assertThat(json.readTree(http().get("/engine-rest/process-definition?startablePermissionCheck=true"
                + "&startableInTasklist=true&latestVersion=true", "xathunghiem1", "demo").body()).findValuesAsText("key"))
                .contains(DialogueConferenceProcess.KEY);
    }

    @Test
    void aUnitWithOpenWorkIsDeactivatedOnlyByHandingItOver() throws Exception {
        assertThat(http().postJson("/api/units", unitJson("xacu", "COMMUNE", "COMMUNE", "huyen", null), "admin", "demo")
                .statusCode()).isEqualTo(201);
        assertThat(http().postJson("/api/units", unitJson("xamoi", "COMMUNE", "COMMUNE", "huyen", null), "admin", "demo")
                .statusCode()).isEqualTo(201);
        String caseId = json.readTree(http().postJson("/api/petitions", Petitions.json("xacu", "Đơn trước sáp nhập"),
                "admin", "demo").body()).path("caseId").asText();
        new CaseDriver(engine).awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);

        HttpResponse<String> refused = http().putJson("/api/units/xacu",
                unitJson("xacu", "COMMUNE", "COMMUNE", "huyen", null).replace("\"active\": true", "\"active\": false"),
                "admin", "demo");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).path("openWork").path("hồ sơ đơn thư").asInt()).isEqualTo(1);
        assertThat(json.readTree(refused.body()).path("openWork").path("việc trong Tasklist").asInt()).isEqualTo(1);
        assertThat(json.readTree(http().get("/api/units/xacu", "admin", "demo").body()).path("active").asBoolean()).isTrue();

        HttpResponse<String> moved = http().putJson("/api/units/xacu", unitJson("xacu", "COMMUNE", "COMMUNE", "huyen", null)
                .replace("\"active\": true", "\"active\": false, \"takeover\": \"xamoi\""), "admin", "demo");
        assertThat(moved.statusCode()).isEqualTo(200);
        JsonNode view = json.readTree(http().get("/api/cases/" + caseId, "admin", "demo").body());
        assertThat(view.path("unitCode").asText()).isEqualTo("xamoi");
        assertThat(view.path("originUnitCode").asText()).isEqualTo("xamoi");
        // the receipt's "document-issued" note joins the timeline whenever it is rendered
        assertThat(view.path("timeline").findValuesAsText("action").stream()
                .filter(action -> !action.equals("document-issued")).toList()).containsExactly("received", "reassigned");
        var task = new CaseDriver(engine).awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("xamoi");
        // the next step goes to the unit that took over, because the process's own unit moved too
        new CaseDriver(engine).complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("RECOMMENDATION", "INFRASTRUCTURE", false, false));
        var decide = new CaseDriver(engine).awaitTask(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING);
        assertThat(engine.getTaskService().getIdentityLinksForTask(decide.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("xamoi");
    }

    @Test
    void camundaAdminShowsTheUnitsAndAddsOne() throws Exception {
        try (Browser browser = Browser.open("units-admin")) {
            browser.get("http://localhost:" + port + "/camunda/app/admin/default/");
            browser.signInToCamunda("admin", "demo");
            browser.await(By.cssSelector(".danvan-units-table tr[data-code='hiepanmttq']"));
            assertThat(browser.pageSource()).contains("Đơn vị và cấp").contains("Ủy ban MTTQ Việt Nam xã Hiệp An")
                    .contains("Đảng ủy xã Hiệp An");
            browser.screenshot("01-units");

            browser.type(By.cssSelector(".danvan-units-form input[name='code']"), "xagiaodien");
            browser.type(By.cssSelector(".danvan-units-form input[name='name']"), "Xã Giao Diện");
            browser.script("const p = document.querySelector(\".danvan-units-form select[name='parent']\");"
                    + " p.value = 'huyen'; p.dispatchEvent(new Event('change'));");
            browser.press(By.cssSelector(".danvan-units-form button[type='submit']"));
            browser.await(By.cssSelector(".danvan-units-table tr[data-code='xagiaodien']"));
        }
        JsonNode created = json.readTree(http().get("/api/units/xagiaodien", "admin", "demo").body());
        assertThat(created.path("kind").asText()).isEqualTo("COMMUNE");
        assertThat(created.path("parent").asText()).isEqualTo("huyen");
    }

    private void officer(String userId, String unit) {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setPassword("demo");
            vn.danvan.support.SeedAccounts.save(identity, user);
            identity.createMembership(userId, unit);
        }
    }

    private void assertRefused(HttpResponse<String> answer, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).path("errors").findValuesAsText("field")).containsExactly(field);
    }

    private static String unitJson(String code, String kind, String level, String parent, String commune) {
        return """
                {"code": "%s", "name": "Đơn vị %s", "kind": "%s", "level": "%s", "parent": %s, "commune": %s, "active": true}"""
                .formatted(code, code, kind, level, parent == null ? "null" : "\"" + parent + "\"",
                        commune == null ? "null" : "\"" + commune + "\"");
    }

    private Map<String, Object> unit(JsonNode units, String code) {
        for (JsonNode unit : units) {
            if (code.equals(unit.path("code").asText())) {
                Map<String, Object> fields = new java.util.LinkedHashMap<>();
                for (String name : List.of("code", "name", "kind", "level", "parent", "active")) {
                    if (unit.has(name)) {
                        fields.put(name, unit.get(name).isBoolean() ? unit.get(name).asBoolean() : unit.get(name).asText());
                    }
                }
                return fields;
            }
        }
        throw new AssertionError("No unit " + code);
    }
}
