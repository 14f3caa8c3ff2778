package vn.danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.CaseVariables;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Http.Part;

/**
 * The citizen's door: filing with files, following the case, rating and disagreeing, and everything
 * it refuses (oversized and disguised files, missing fields, no consent, a robot's form, too many
 * requests from one address), each refusal keeping nothing.
 */
@DanvanIntegrationTest
class PortalIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.danvan.privacy.FieldCipher cipher;

    @Autowired
    ProcessEngine engine;

    Http http() {
        return new Http(port);
    }

    /** Each test is a different citizen's address (the test proxy's X-Forwarded-For), so limits do not mix. */
    static Map<String, String> from(String address) {
        return Map.of("X-Forwarded-For", address);
    }

    static Map<String, String> from(String address, String key) {
        return Map.of("X-Forwarded-For", address, "Idempotency-Key", key);
    }

    String petition(String subject, boolean consent, String email) {
        return """
                {"unitCode": "liennghia", "type": "FEEDBACK", "subject": "%s",
                 "content": "Đường thôn 3 ngập nước sau mưa, đề nghị khơi thông cống.",
                 "petitioner": {"fullName": "Trần Thị Mai", "phone": "0905 111 222", "address": "Thôn 3", "email": %s},
                 "consent": %s}""".formatted(subject, email == null ? "null" : "\"" + email + "\"", consent);
    }

    static byte[] image(String format) throws Exception {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 4, 0x336699);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture, format, bytes);
        return bytes.toByteArray();
    }

    @Test
    void aCitizenFilesWithAPhotoAndFollowsTheCaseWithoutSeeingAnyPersonalData() throws Exception {
        byte[] photo = image("jpg");
        HttpResponse<String> filed = http().postMultipart("/api/public/petitions", List.of(
                Part.json("petition", petition("Cống thôn 3 bị tắc", true, "mai@example.vn")),
                Part.file("attachments", "anh-cong.jpg", "image/jpeg", photo),
                Part.file("attachments", "ban-do.pdf", "application/pdf", pdf())), from("10.9.0.1"));

        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode answer = json.readTree(filed.body());
        String code = answer.path("trackingCode").asText();
        assertThat(answer.path("statusUrl").asText()).endsWith("/portal/cases/" + code);
        // the receipt, at the address the answer names, for the citizen with no sign-in, once rendered
        String receipt = answer.path("receipt").asText();
        assertThat(receipt).startsWith("/api/public/cases/" + code + "/documents/");
        await().atMost(CaseDriver.PATIENCE).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> http().getWith(receipt, from("10.9.0.1")),
                response -> response.statusCode() == 200
                        && response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        Map<String, Object> stored = jdbc.sql("""
                SELECT case_id, channel, legal_basis, contact_consent, petitioner_email FROM petition_case
                WHERE tracking_code = ?""").param(code).query().singleRow();
        assertThat(stored).containsEntry("channel", "ONLINE").containsEntry("legal_basis", "CONSENT")
                .containsEntry("contact_consent", true);
        // stored encrypted (docs/personal-data.md), readable with the data key
        assertThat((String) stored.get("petitioner_email")).startsWith("v1:").doesNotContain("mai@");
        assertThat(cipher.open("petition_case.petitioner_email", (String) stored.get("petitioner_email")))
                .isEqualTo("mai@example.vn");
        String caseId = (String) stored.get("case_id");
        new CaseDriver(engine).awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY);

        // the commune's officers see the files, recognised by their content, and download them intact
        JsonNode files = json.readTree(http().get("/api/cases/" + caseId + "/attachments", "liennghia1", "demo").body());
        assertThat(files.findValuesAsText("mediaType")).containsExactlyInAnyOrder("image/jpeg", "application/pdf");
        String photoId = files.findParents("mediaType").stream().filter(f -> f.path("mediaType").asText().equals("image/jpeg"))
                .findFirst().orElseThrow().path("attachmentId").asText();
        assertThat(http().getBytes("/api/cases/" + caseId + "/attachments/" + photoId, "liennghia1", "demo").body())
                .isEqualTo(photo);
        assertThat(http().get("/api/cases/" + caseId + "/attachments", "hiepan1", "demo").statusCode()).isEqualTo(404);

        // the status page's data: steps and dates, nothing personal
        HttpResponse<String> status = http().getWith("/api/public/cases/" + code.toLowerCase(), from("10.9.0.1"));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("Tiếp nhận đơn").contains("Thị trấn Liên Nghĩa")
                .doesNotContain("Trần Thị Mai").doesNotContain("0905").doesNotContain("mai@example.vn")
                .doesNotContain("Thôn 3");
        assertThat(json.readTree(status.body()).path("canRate").asBoolean()).isFalse();
        // the page itself
        assertThat(http().get("/portal/cases/" + code).body()).contains("Tình trạng giải quyết đơn");
        assertThat(http().get("/portal").body()).contains("Gửi đơn").contains("Nghị định");
    }

    @Test
    void aDoubleClickFilesOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = petition("Bấm gửi hai lần " + key, false, null).replace("\"phone\": \"0905 111 222\"", "\"phone\": null");
        HttpResponse<String> first = http().postMultipart("/api/public/petitions", List.of(Part.json("petition", body)),
                from("10.9.0.2", key));
        HttpResponse<String> second = http().postMultipart("/api/public/petitions", List.of(Part.json("petition", body)),
                from("10.9.0.2", key));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json.readTree(second.body()).path("trackingCode").asText())
                .isEqualTo(json.readTree(first.body()).path("trackingCode").asText());
        assertThat(jdbc.sql("SELECT count(*) FROM petition_case WHERE subject = ?").param("Bấm gửi hai lần " + key)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void whatTheDoorRefusesItKeepsNothingOf() throws Exception {
        String subject = "Đơn bị từ chối " + UUID.randomUUID();
        String good = petition(subject, true, null);
        byte[] program = new byte[2048];
        program[0] = 'M';
        program[1] = 'Z';

        assertRefused(http().postMultipart("/api/public/petitions", List.of(Part.json("petition", good),
                Part.file("attachments", "anh.jpg", "image/jpeg", new byte[10 * 1024 * 1024 + 1])), from("10.9.0.3")),
                413, "attachments");
        assertRefused(http().postMultipart("/api/public/petitions", List.of(Part.json("petition", good),
                Part.file("attachments", "anh.jpg", "image/jpeg", program)), from("10.9.0.3")), 415, "attachments");
        assertRefused(http().postMultipart("/api/public/petitions", List.of(Part.json("petition",
                good.replace("\"subject\": \"" + subject + "\"", "\"subject\": \"  \""))), from("10.9.0.3")), 400, "subject");
        assertRefused(http().postMultipart("/api/public/petitions", List.of(Part.json("petition",
                petition(subject, false, "mai@example.vn"))), from("10.9.0.3")), 400, "consent");
        assertRefused(http().postMultipart("/api/public/petitions", List.of(Part.json("petition",
                good.replace("\"consent\": true", "\"consent\": true, \"website\": \"http://spam.example\""))),
                from("10.9.0.3")), 400, "website");
        List<Part> six = new ArrayList<>(List.of(Part.json("petition", good)));
        for (int i = 0; i < 6; i++) {
            six.add(Part.file("attachments", "anh" + i + ".png", "image/png", image("png")));
        }
        assertRefused(http().postMultipart("/api/public/petitions", six, from("10.9.0.3")), 400, "attachments");
        assertRefused(http().postMultipart("/api/public/petitions", List.of(Part.json("petition",
                good.replace("liennghia", "huyen"))), from("10.9.0.3")), 400, "unitCode");

        assertThat(jdbc.sql("SELECT count(*) FROM petition_case WHERE subject = ?").param(subject).query(Long.class)
                .single()).isZero();
        HttpResponse<String> missing = http().postMultipart("/api/public/petitions", List.of(Part.json("petition",
                good.replace("\"subject\": \"" + subject + "\",", ""))), from("10.9.0.3"));
        assertThat(json.readTree(missing.body()).path("errors").get(0).path("message").asText())
                .as("in the citizen's words").isEqualTo("Tiêu đề không được để trống");
    }

    @Test
    void aClosedCaseIsRatedOnceAndItsResultMayBeDisputedOnce() throws Exception {
        String code = json.readTree(http().postMultipart("/api/public/petitions", List.of(Part.json("petition",
                petition("Đèn đường hỏng", true, null))), from("10.9.0.4")).body()).path("trackingCode").asText();
        String caseId = jdbc.sql("SELECT case_id FROM petition_case WHERE tracking_code = ?").param(code)
                .query(String.class).single();
        String rating = "{\"stars\": 5, \"comment\": \"Xã sửa nhanh\"}";

        assertThat(http().postJsonWith("/api/public/cases/" + code + "/rating", rating, from("10.9.0.4")).statusCode())
                .as("not before it is closed").isEqualTo(409);
        CaseDriver driver = new CaseDriver(engine);
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("FEEDBACK", "INFRASTRUCTURE", false, false));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "LOCAL"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY,
                Map.of(PetitionCommuneProcess.VERIFICATION_NOTES, "Đã kiểm tra", CaseVariables.OUTCOME, "ANSWERED",
                CaseVariables.CONCLUSION, "Đã thay bóng đèn"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "PHONE"));

        assertThat(http().postJsonWith("/api/public/cases/" + code + "/rating", "{\"stars\": 7}", from("10.9.0.4"))
                .statusCode()).isEqualTo(400);
        assertThat(http().postJsonWith("/api/public/cases/" + code + "/rating", rating, from("10.9.0.4")).statusCode())
                .isEqualTo(201);
        assertThat(http().postJsonWith("/api/public/cases/" + code + "/rating", rating, from("10.9.0.4")).statusCode())
                .as("once per case").isEqualTo(409);
        JsonNode status = json.readTree(http().getWith("/api/public/cases/" + code, from("10.9.0.4")).body());
        assertThat(status.path("rating").asInt()).isEqualTo(5);
        assertThat(status.path("canRate").asBoolean()).isFalse();
        assertThat(status.path("steps").findValuesAsText("step")).endsWith("closed", "rated");

        assertThat(http().postJsonWith("/api/public/cases/" + code + "/disagreement", "{\"reason\": \" \"}",
                from("10.9.0.4")).statusCode()).isEqualTo(400);
        assertThat(http().postJsonWith("/api/public/cases/" + code + "/disagreement",
                "{\"reason\": \"Đèn lại hỏng sau hai ngày\"}", from("10.9.0.4")).statusCode()).isEqualTo(201);
        assertThat(http().postJsonWith("/api/public/cases/" + code + "/disagreement",
                "{\"reason\": \"Lần nữa\"}", from("10.9.0.4")).statusCode()).isEqualTo(409);
        assertThat(http().postJsonWith("/api/public/cases/NOSUCHCODE/rating", rating, from("10.9.0.4")).statusCode())
                .isEqualTo(404);

        // the dashboard's satisfaction and the public statistics come from the events
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM dash_rating WHERE case_id = ?")
                .param(caseId).query(Long.class).single() == 1);
        JsonNode statistics = json.readTree(http().getWith("/api/public/statistics", from("10.9.0.4")).body());
        JsonNode liennghia = statistics.path("communes").findParents("unitCode").stream()
                .filter(c -> c.path("unitCode").asText().equals("liennghia")).findFirst().orElseThrow();
        assertThat(liennghia.path("ratings").asLong()).isPositive();
        assertThat(liennghia.path("received").asLong()).isPositive();
        assertThat(statistics.toString()).doesNotContain("Trần Thị Mai");
        JsonNode summary = json.readTree(http().get("/api/dashboard/summary", "liennghia1", "demo").body());
        assertThat(summary.path("satisfaction").findValuesAsText("unit")).containsExactly("liennghia");
    }

    @Test
    void anAddressThatAsksTooOftenWaitsAndGuessingCodesIsSlowedFaster() throws Exception {
        String known = json.readTree(http().postMultipart("/api/public/petitions", List.of(Part.json("petition",
                petition("Mã thật", true, null))), from("10.9.0.5")).body()).path("trackingCode").asText();
        int answered = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 150 && (last == null || last.statusCode() != 429); i++) {
            last = http().getWith("/api/public/cases/" + known, from("10.9.0.6"));
            answered += last.statusCode() == 200 ? 1 : 0;
        }
        assertThat(answered).as("a real code: the whole minute's allowance (and what refilled meanwhile)")
                .isBetween(60, 75);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());

        int guesses = 0;
        HttpResponse<String> guess = null;
        while (guesses < 61 && (guess == null || guess.statusCode() != 429)) {
            guess = http().getWith("/api/public/cases/XXXX" + guesses, from("10.9.0.7"));
            guesses++;
        }
        assertThat(guess.statusCode()).isEqualTo(429);
        assertThat(guesses).as("unknown codes cost ten lookups each").isLessThanOrEqualTo(8);

        HttpResponse<String> refused = null;
        for (int i = 0; i < 21; i++) {
            refused = http().postMultipart("/api/public/petitions", List.of(Part.json("petition", "{}")), from("10.9.0.8"));
        }
        assertThat(refused.statusCode()).as("twenty petitions an hour from one address").isEqualTo(429);
        assertThat(http().getWith("/api/public/cases/" + known, from("10.9.0.9")).statusCode())
                .as("another address is not held back").isEqualTo(200);
    }

    @Test
    void anOfficerAddsAScanToTheirUnitsCase() throws Exception {
        String code = json.readTree(http().postMultipart("/api/public/petitions", List.of(Part.json("petition",
                petition("Kèm bản quét", true, null))), from("10.9.0.10")).body()).path("trackingCode").asText();
        String caseId = jdbc.sql("SELECT case_id FROM petition_case WHERE tracking_code = ?").param(code)
                .query(String.class).single();

        HttpResponse<String> added = http().postMultipart("/api/cases/" + caseId + "/attachments",
                List.of(Part.file("file", "ban-quet.pdf", "application/pdf", pdf())),
                Map.of("Authorization", basic("liennghia1")));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json.readTree(added.body()).path("source").asText()).isEqualTo("OFFICER");
        assertThat(http().postMultipart("/api/cases/" + caseId + "/attachments",
                List.of(Part.file("file", "x.pdf", "application/pdf", pdf())), Map.of("Authorization", basic("hiepan1")))
                .statusCode()).isEqualTo(404);
    }

    private void assertRefused(HttpResponse<String> answer, int status, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(json.readTree(answer.body()).path("errors").findValuesAsText("field")).contains(field);
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes());
    }

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
