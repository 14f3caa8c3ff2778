package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Petitions;

/** The intake and case doors over HTTP: answers, errors and who may see what. */
@DanvanIntegrationTest
class PetitionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Test
    void anOfficerSubmitsAPetitionForTheirCommuneAndGetsACaseIdAndATrackingCode() throws Exception {
        HttpResponse<String> response = http().postJson("/api/petitions",
                Petitions.json("liennghia", "Nước sinh hoạt bị ô nhiễm"), "liennghia1", "demo");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode receipt = json.readTree(response.body());
        assertThat(receipt.path("caseId").asText()).matches("LIENNGHIA-20\\d\\d-\\d{5}");
        assertThat(receipt.path("trackingCode").asText()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/cases/" + receipt.path("caseId").asText());
    }

    @Test
    void aClientSendingThePetitionAgainWithItsIdempotencyKeyGetsTheSameCase() throws Exception {
        String key = "sys-42:" + java.util.UUID.randomUUID();
        String petition = Petitions.json("liennghia", "Gửi lại sau khi mất kết nối");

        HttpResponse<String> first = http().postJson("/api/petitions", petition, "liennghia1", "demo",
                java.util.Map.of("Idempotency-Key", key));
        HttpResponse<String> again = http().postJson("/api/petitions", petition, "liennghia1", "demo",
                java.util.Map.of("Idempotency-Key", key));
        HttpResponse<String> otherCaller = http().postJson("/api/petitions", petition, "admin", "demo",
                java.util.Map.of("Idempotency-Key", key));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        String caseId = json.readTree(first.body()).path("caseId").asText();
        assertThat(json.readTree(again.body()).path("caseId").asText()).isEqualTo(caseId);
        assertThat(json.readTree(again.body()).path("trackingCode").asText())
                .isEqualTo(json.readTree(first.body()).path("trackingCode").asText());
        assertThat(otherCaller.statusCode()).as("keys are per caller").isEqualTo(201);
        assertThat(json.readTree(otherCaller.body()).path("caseId").asText()).isNotEqualTo(caseId);
    }

    @Test
    void aMalformedIdempotencyKeyIsNamed() throws Exception {
        HttpResponse<String> response = http().postJson("/api/petitions", Petitions.json("liennghia", "Khóa lạ"),
                "liennghia1", "demo", java.util.Map.of("Idempotency-Key", "two words/and a slash"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void invalidPetitionsAreRefusedNamingEveryBadField() throws Exception {
        String body = """
                {"unitCode": "liennghia", "channel": "ONLINE", "subject": "", "content": "x",
                 "petitioner": {"fullName": "", "phone": "call me"}}""";

        HttpResponse<String> response = http().postJson("/api/petitions", body, "liennghia1", "demo");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("subject", "petitioner.fullName", "petitioner.phone");
    }

    @Test
    void aWrongEnumValueIsNamed() throws Exception {
        String body = Petitions.json("liennghia", "Kênh lạ").replace("\"ONLINE\"", "\"FAX\"");

        HttpResponse<String> response = http().postJson("/api/petitions", body, "liennghia1", "demo");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("channel");
        assertThat(error.path("message").asText()).contains("WALK_IN");
    }

    @Test
    void anUnknownUnitIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> response = http().postJson("/api/petitions", Petitions.json("atlantis", "Đơn vị lạ"),
                "admin", "demo");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("unitCode");
        assertThat(error.path("message").asText()).isEqualTo("unknown unit 'atlantis'");
    }

    @Test
    void anOfficerCannotSubmitForAnotherCommune() {
        assertThat(http().postJson("/api/petitions", Petitions.json("hiepan", "Không phải xã mình"), "liennghia1", "demo")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theCaseViewIsForTheCasesUnitsOnly() throws Exception {
        String caseId = json.readTree(http().postJson("/api/petitions", Petitions.json("liennghia", "Xem hồ sơ"),
                "liennghia1", "demo").body()).path("caseId").asText();

        HttpResponse<String> own = http().get("/api/cases/" + caseId, "liennghia1", "demo");
        assertThat(own.statusCode()).isEqualTo(200);
        JsonNode view = json.readTree(own.body());
        assertThat(view.path("petitioner").path("fullName").asText()).isEqualTo("Nguyễn Văn Bình");
        // the receipt's note joins the timeline once it is rendered, after the intake answered
        assertThat(view.path("timeline").findValuesAsText("action")).startsWith("received")
                .isSubsetOf("received", "document-issued");
        assertThat(view.path("statusLabel").asText()).isEqualTo("Đã tiếp nhận");

        assertThat(http().get("/api/cases/" + caseId, "hiepan1", "demo").statusCode()).isEqualTo(404);
        assertThat(http().get("/api/cases/" + caseId, "huyenuy1", "demo").statusCode()).isEqualTo(200);
        assertThat(http().get("/api/cases/" + caseId).statusCode()).isEqualTo(401);
    }

    @Test
    void citizensLookUpStatusAndDatesByTrackingCodeWithoutPersonalData() throws Exception {
        JsonNode receipt = json.readTree(http().postJson("/api/petitions", Petitions.json("liennghia", "Tra cứu"),
                "liennghia1", "demo").body());

        HttpResponse<String> response = http().get("/api/public/cases/" + receipt.path("trackingCode").asText());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode status = json.readTree(response.body());
        assertThat(status.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(status.has("receivedAt")).isTrue();
        assertThat(response.body()).doesNotContain("Nguyễn").doesNotContain("0912").doesNotContain("Tra cứu")
                .doesNotContain(receipt.path("caseId").asText());
        assertThat(http().get("/api/public/cases/AAAA-BBBB-CCCC").statusCode()).isEqualTo(404);
    }

    private Http http() {
        return new Http(port);
    }

    @Test
    void officersFindCasesByPetitionerAndSubjectAmongTheirOwnUnitsCases() throws Exception {
        String caseId = json.readTree(http().postJson("/api/petitions", Petitions.json("liennghia", "Tìm đơn gốc đặc biệt"),
                "liennghia1", "demo").body()).path("caseId").asText();

        // the whole name, in any case, with or without diacritics and extra spaces (its keyed hash)
        HttpResponse<String> own = http().get("/api/cases?petitioner=NGUYEN%20%20van%20binh&subject=%C4%91%C6%A1n%20g%E1%BB%91c",
                "liennghia1", "demo");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json.readTree(own.body()).findValuesAsText("caseId")).contains(caseId);
        // a part of the name finds nothing: the name is stored encrypted, only its hash is searchable
        assertThat(json.readTree(http().get("/api/cases?petitioner=nguy%E1%BB%85n&subject=%C4%91%C6%A1n%20g%E1%BB%91c",
                "liennghia1", "demo").body()).findValuesAsText("caseId")).doesNotContain(caseId);

        HttpResponse<String> other = http().get("/api/cases?subject=%C4%91%C6%A1n%20g%E1%BB%91c", "hiepan1", "demo");
        assertThat(json.readTree(other.body()).findValuesAsText("caseId")).doesNotContain(caseId);
    }

    @Test
    void theEngineRestApiShowsAnOfficerOnlyTheTasksOfTheirUnit() throws Exception {
        String caseId = json.readTree(http().postJson("/api/petitions", Petitions.json("liennghia", "REST cách ly"),
                "liennghia1", "demo").body()).path("caseId").asText();
        String query = "/engine-rest/task?processInstanceBusinessKey=" + caseId;
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                json.readTree(http().get(query, "liennghia1", "demo").body()).size() == 1);
        String taskId = json.readTree(http().get(query, "liennghia1", "demo").body()).get(0).path("id").asText();

        assertThat(json.readTree(http().get(query, "hiepan1", "demo").body())).isEmpty();
        assertThat(http().get("/engine-rest/task/" + taskId, "hiepan1", "demo").statusCode()).isEqualTo(404);
        assertThat(http().get("/engine-rest/task/" + taskId + "/variables", "hiepan1", "demo").statusCode())
                .isIn(403, 404);
        assertThat(http().postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"hiepan1\"}", "hiepan1", "demo")
                .statusCode()).isIn(403, 404);
        assertThat(http().get("/engine-rest/task/" + taskId, "liennghia1", "demo").statusCode()).isEqualTo(200);
    }
}
