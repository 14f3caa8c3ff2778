package vn.danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

/**
 * Open311 GeoReport v2 with the specification's own examples (a sinkhole reported by John Smith),
 * adapted to danvan's services and jurisdictions: the services list, filing with an API key, and
 * reading requests back without anything personal.
 */
@DanvanIntegrationTest
class Open311IT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.danvan.privacy.FieldCipher cipher;

    /** The specification's example request, for Hiệp An and danvan's infrastructure feedback service. */
    static Map<String, String> sinkhole() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", "demo-open311");
        form.put("jurisdiction_id", "hiepan");
        form.put("service_code", "FEEDBACK.INFRASTRUCTURE");
        form.put("lat", "11.7302");
        form.put("long", "108.3715");
        form.put("address_string", "Thôn Phú An, xã Hiệp An");
        form.put("email", "smit222@sfgov.edu");
        form.put("device_id", "tt222111");
        form.put("account_id", "123456");
        form.put("first_name", "john");
        form.put("last_name", "smith");
        form.put("phone", "111111111");
        form.put("description", "A large sinkhole is destroying the street");
        form.put("media_url", "http://example.com/image.jpg");
        return form;
    }

    @Test
    void theServicesAreTheKindsOfPetitionByArea() throws Exception {
        JsonNode services = json.readTree(new Http(port).get("/open311/v2/services.json").body());
        assertThat(services).hasSize(32);
        JsonNode environment = services.findParents("service_code").stream()
                .filter(s -> s.path("service_code").asText().equals("FEEDBACK.ENVIRONMENT")).findFirst().orElseThrow();
        assertThat(environment.path("service_name").asText()).isEqualTo("Phản ánh: Môi trường");
        assertThat(environment.path("group").asText()).isEqualTo("Phản ánh");
        assertThat(environment.path("metadata").asBoolean()).isFalse();
        assertThat(environment.path("type").asText()).isEqualTo("realtime");
        assertThat(new Http(port).get("/open311/v2/services/FEEDBACK.ENVIRONMENT.json").statusCode()).isEqualTo(200);
        assertThat(new Http(port).get("/open311/v2/services/NOPE.json").statusCode()).isEqualTo(404);
    }

    @Test
    void aClientFilesARequestAndAnyoneFollowsItByIdWithoutPersonalData() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> filed = http.postForm("/open311/v2/requests.json", sinkhole());

        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode answer = json.readTree(filed.body()).get(0);
        String id = answer.path("service_request_id").asText();
        assertThat(answer.has("account_id")).isTrue();
        assertThat(answer.path("service_notice").asText()).contains("/portal/cases/" + id);
        Map<String, Object> stored = jdbc.sql("""
                SELECT origin_unit_code, channel, case_type, petitioner_name, content, legal_basis FROM petition_case
                WHERE tracking_code = ?""").param(id).query().singleRow();
        assertThat(stored).containsEntry("origin_unit_code", "hiepan").containsEntry("channel", "ONLINE")
                .containsEntry("case_type", "FEEDBACK").containsEntry("legal_basis", "LEGAL_DUTY"); // no attribute[consent]
        assertThat(cipher.open("petition_case.petitioner_name", (String) stored.get("petitioner_name"))).isEqualTo("john smith");
        assertThat((String) stored.get("content")).contains("sinkhole").contains("11.7302");

        JsonNode one = json.readTree(http.get("/open311/v2/requests/" + id + ".json").body()).get(0);
        assertThat(one.path("service_request_id").asText()).isEqualTo(id);
        assertThat(one.path("status").asText()).isEqualTo("open");
        assertThat(one.path("service_code").asText()).isEqualTo("FEEDBACK.INFRASTRUCTURE");
        assertThat(one.path("agency_responsible").asText()).isEqualTo("Xã Hiệp An");
        assertThat(one.path("requested_datetime").asText()).endsWith("+07:00");
        assertThat(one.has("description")).as("only the client that filed it reads its text").isFalse();
        assertThat(one.toString()).doesNotContain("john").doesNotContain("111111111").doesNotContain("smit222");

        String second = json.readTree(http.postForm("/open311/v2/requests.json", sinkhole()).body()).get(0)
                .path("service_request_id").asText();
        JsonNode both = json.readTree(http.get("/open311/v2/requests.json?service_request_id=" + id + "," + second).body());
        assertThat(both.findValuesAsText("service_request_id")).containsExactlyInAnyOrder(id, second);
        JsonNode mine = json.readTree(http.get("/open311/v2/requests.json?api_key=demo-open311&status=open"
                + "&service_code=FEEDBACK.INFRASTRUCTURE").body());
        assertThat(mine.findValuesAsText("service_request_id")).contains(id, second);
        assertThat(mine.findValuesAsText("description")).contains("A large sinkhole is destroying the street\n\n"
                + "Địa điểm: Thôn Phú An, xã Hiệp An (11.7302, 108.3715)");
        assertThat(json.readTree(http.get("/open311/v2/requests.json?api_key=demo-open311&status=closed").body())
                .findValuesAsText("service_request_id")).doesNotContain(id);
    }

    @Test
    void badRequestsAreAnsweredInTheSpecificationsErrorShape() throws Exception {
        Http http = new Http(port);
        Map<String, String> wrongKey = new LinkedHashMap<>(sinkhole());
        wrongKey.put("api_key", "not-a-key");
        assertError(http.postForm("/open311/v2/requests.json", wrongKey), 403);
        Map<String, String> noService = new LinkedHashMap<>(sinkhole());
        noService.remove("service_code");
        assertError(http.postForm("/open311/v2/requests.json", noService), 400);
        Map<String, String> district = new LinkedHashMap<>(sinkhole());
        district.put("jurisdiction_id", "huyen");
        assertError(http.postForm("/open311/v2/requests.json", district), 400);
        Map<String, String> nowhere = new LinkedHashMap<>(sinkhole());
        nowhere.remove("lat");
        nowhere.remove("long");
        nowhere.remove("address_string");
        assertError(http.postForm("/open311/v2/requests.json", nowhere), 400);
        Map<String, String> badPhone = new LinkedHashMap<>(sinkhole());
        badPhone.put("phone", "call me");
        assertError(http.postForm("/open311/v2/requests.json", badPhone), 400);
        assertError(http.get("/open311/v2/requests.json"), 403);
        assertError(http.get("/open311/v2/requests/NOSUCH.json"), 404);
        assertError(http.get("/open311/v2/requests.json?service_request_id=X&start_date=yesterday"), 400);
    }

    private void assertError(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode error = json.readTree(answer.body()).get(0);
        assertThat(error.path("code").asInt()).isEqualTo(status);
        assertThat(error.path("description").asText()).isNotBlank();
    }
}
