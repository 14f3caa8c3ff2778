package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.privacy.FieldCipher;
import vn.danvan.support.ConsistencyCheck;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Http.Part;
import vn.danvan.support.Petitions;

/** The retention job: what it removes, what it keeps, and which cases it leaves alone. */
@DanvanIntegrationTest
class CaseRetentionIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    CaseRetention retention;

    @Autowired
    FieldCipher cipher;

    @Test
    void aClosedCasePastItsRetentionLosesItsPersonalDataAndKeepsItsStatistics() throws Exception {
        String expired = petition("Hết hạn lưu trữ", null);
        String recent = petition("Còn trong hạn lưu trữ", null);
        String denunciation = petition("Tố cáo còn trong hạn", "DENUNCIATION");
        String open = petition("Đơn đang giải quyết", null);
        HttpResponseCheck.created(new Http(port).postMultipart("/api/cases/" + expired + "/attachments",
                List.of(Part.file("file", "ban-quet.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes())),
                Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("liennghia1:demo".getBytes()))));
        Awaitility.await("receipt").atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "SELECT count(*) FROM document WHERE subject_id = ? AND kind = 'RECEIPT'").param(expired).query(Long.class).single() > 0);
        // closed six years ago (default rule: 5 years), three years ago, and a denunciation six years ago (10 years)
        close(expired, 6);
        close(recent, 3);
        close(denunciation, 6);
        Map<String, Object> before = facts(expired);

        assertThat(retention.anonymiseExpired()).isGreaterThanOrEqualTo(1);

        Map<String, Object> after = jdbc.sql("""
                SELECT petitioner_name, petitioner_phone, petitioner_address, petitioner_email, petitioner_name_hash,
                       anonymised_at FROM petition_case WHERE case_id = ?""").param(expired).query().singleRow();
        assertThat(after).containsEntry("petitioner_name", null).containsEntry("petitioner_phone", null)
                .containsEntry("petitioner_address", null).containsEntry("petitioner_name_hash", null);
        assertThat(after.get("anonymised_at")).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM case_attachment WHERE case_id = ?").param(expired).query(Long.class).single())
                .isZero();
        assertThat(facts(expired)).as("what the statistics count is kept").isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM dash_case WHERE case_id = ?").param(expired).query(Long.class).single())
                .as("the dashboard's read model keeps the case").isEqualTo(1);
        for (String sealed : jdbc.sql("SELECT data ->> 'sealed' FROM document WHERE subject_id = ?").param(expired)
                .query(String.class).list()) {
            assertThat(cipher.open("document.data", sealed)).doesNotContain("Bình").doesNotContain("0912")
                    .doesNotContain("Thôn 2").contains("đã xóa dữ liệu cá nhân");
        }
        var audit = jdbc.sql("SELECT user_id, detail FROM audit_log WHERE case_id = ? AND action = 'CASE_ANONYMISED'")
                .param(expired).query().listOfRows();
        assertThat(audit).singleElement().satisfies(line -> {
            assertThat(line.get("user_id")).isEqualTo("system");
            assertThat((String) line.get("detail")).contains("5 years").contains("1 attachment");
        });
        // the officer's view says what happened instead of failing
        var view = json.readTree(new Http(port).get("/api/cases/" + expired, "liennghia1", "demo").body());
        assertThat(view.path("petitioner").path("fullName").asText()).contains("đã xóa dữ liệu cá nhân");
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");

        for (String kept : List.of(recent, denunciation, open)) {
            assertThat(jdbc.sql("SELECT petitioner_name IS NOT NULL AND anonymised_at IS NULL FROM petition_case WHERE case_id = ?")
                    .param(kept).query(Boolean.class).single()).as(kept + " keeps its data").isTrue();
        }
        assertThat(retention.anonymiseExpired()).as("a second run finds nothing more of these").isZero();
    }

    private Map<String, Object> facts(String caseId) {
        return jdbc.sql("""
                SELECT status, case_type, origin_unit_code, received_at, closed_at, outcome, legal_basis,
                       (SELECT count(*) FROM case_timeline t WHERE t.case_id = c.case_id) AS steps
                FROM petition_case c WHERE case_id = ?""").param(caseId).query().singleRow();
    }

    private void close(String caseId, int yearsAgo) {
        // the job reads status and closing date only: set them as a closed case has them (behind the
        // case's process and events, so the consistency checker is told)
        ConsistencyCheck.planted(caseId);
        jdbc.sql("""
                UPDATE petition_case SET status = 'CLOSED', outcome = 'ANSWERED',
                    closed_at = now() - make_interval(years => ?) WHERE case_id = ?""").params(yearsAgo, caseId).update();
    }

    private String petition(String subject, String type) throws Exception {
        String body = type == null ? Petitions.json("liennghia", subject) : Petitions.json("liennghia", subject, type);
        var answer = new Http(port).postJson("/api/petitions", body, "liennghia1", "demo");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).path("caseId").asText();
    }

    private static final class HttpResponseCheck {
        static void created(java.net.http.HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
    }
}
