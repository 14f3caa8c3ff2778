package vn.danvan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.dialogue.DialogueConferenceProcess;
import vn.danvan.supervision.SupervisionCampaignProcess;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Petitions;

/**
 * The authorization matrix, row by row: for each role and each door (the application's API, the
 * engine's REST API, the dashboard, the audit trail), what is allowed and what is refused.
 * {@code {LN}} and {@code {HA}} stand for a Liên Nghĩa case and a Hiệp An case made before the rows run.
 */
@DanvanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    ProcessEngine engine;

    String ln;
    String ha;
    String denunciation;
    String conference;
    String campaign;

    @BeforeAll
    void makeCases() throws Exception {
        ln = caseId(send("admin", "POST", "/api/petitions", Petitions.json("liennghia", "Ma trận quyền")));
        ha = caseId(send("admin", "POST", "/api/petitions", Petitions.json("hiepan", "Ma trận quyền")));
        denunciation = caseId(send("admin", "POST", "/api/petitions", Petitions.json("liennghia", "Ma trận tố cáo", "DENUNCIATION")));
        // a conference planned by Liên Nghĩa and a campaign of Hiệp An's Front, as their officers do in Tasklist
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(40);
        conference = startAs("liennghia1", List.of("liennghia"), DialogueConferenceProcess.KEY,
                Map.of(DialogueConferenceProcess.THEMES, "Ma trận quyền",
                DialogueConferenceProcess.PLANNED_DATE, day.toString(), DialogueConferenceProcess.PLANNED_TIME, "08:00",
                DialogueConferenceProcess.PLACE, "Hội trường", DialogueConferenceProcess.LEADERS, "Chủ tịch UBND",
                DialogueConferenceProcess.QUESTION_DEADLINE, day.minusDays(10).toString()));
        campaign = startAs("admin", List.of("camunda-admin"), SupervisionCampaignProcess.KEY,
                Map.of(SupervisionCampaignProcess.UNIT_CODE, "hiepanmttq",
                SupervisionCampaignProcess.YEAR, 2026L, SupervisionCampaignProcess.PLANNED_QUARTER, "3",
                SupervisionCampaignProcess.SUBJECT, "Ma trận quyền", SupervisionCampaignProcess.SUPERVISED_BODY,
                "UBND xã Hiệp An"));
    }

    private String startAs(String user, List<String> groups, String key, Map<String, Object> form) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return engine.getFormService().submitStartForm(definition, form).getBusinessKey();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    static List<Object[]> matrix() {
        return List.of(
                // anonymous: only the public doors
                row(null, "GET", "/api/cases/{LN}", 401),
                row(null, "POST", "/api/petitions", 401),
                row(null, "GET", "/engine-rest/task", 401),
                row(null, "GET", "/api/dashboard/summary", 401),
                row(null, "GET", "/dashboard", 302),
                row(null, "GET", "/api/audit", 401),
                row(null, "PUT", "/api/calendar/days/2026-12-31", 401),
                row(null, "GET", "/actuator/health", 200),
                // a commune officer: their unit's work only
                row("liennghia1", "GET", "/api/cases/{LN}", 200),
                row("liennghia1", "GET", "/api/cases/{HA}", 404),
                row("liennghia1", "POST", "/api/petitions#liennghia", 201),
                row("liennghia1", "POST", "/api/petitions#hiepan", 403),
                row("liennghia1", "GET", "/engine-rest/task?processInstanceBusinessKey={HA}", 200, "[]"),
                row("liennghia1", "GET", "/engine-rest/deployment", 200, "[]"),
                row("liennghia1", "POST", "/engine-rest/deployment/create", 403),
                row("liennghia1", "GET", "/api/dashboard/summary", 200),
                row("liennghia1", "GET", "/api/dashboard/cases.csv", 403),
                row("liennghia1", "GET", "/api/audit", 403),
                row("liennghia1", "PUT", "/api/calendar/days/2026-12-31", 403),
                row("liennghia1", "POST", "/api/dashboard/rebuild", 403),
                // another commune's officer
                row("hiepan1", "GET", "/api/cases/{LN}", 404),
                row("hiepan1", "GET", "/api/cases/{HA}", 200),
                // a unit leader: also the unit's reports
                row("lanhdao1", "GET", "/api/cases/{LN}", 200),
                row("lanhdao1", "GET", "/api/cases/{HA}", 404),
                row("lanhdao1", "GET", "/api/dashboard/cases.csv", 200),
                // the district's reception office: the petitions of the communes under it
                row("huyen1", "GET", "/api/cases/{LN}", 200),
                row("huyen1", "GET", "/api/dashboard/summary", 200),
                row("huyen1", "GET", "/api/dashboard/cases.csv", 200),
                row("huyen1", "GET", "/api/audit", 403),
                // the Party committee: every case
                row("huyenuy1", "GET", "/api/cases/{LN}", 200),
                row("huyenuy1", "GET", "/api/cases/{HA}", 200),
                // dialogue: the holding commune, the units above that see it, nobody else
                row("liennghia1", "GET", "/api/dialogues/{CONF}", 200),
                row("hiepan1", "GET", "/api/dialogues/{CONF}", 404),
                row("hiepanmttq1", "GET", "/api/dialogues/{CONF}", 404),
                row("huyenuy1", "GET", "/api/dialogues/{CONF}", 200),
                row("hiepan1", "POST", "/api/dialogues/{CONF}/questions", 404),
                row("huyenuy1", "POST", "/api/dialogues/{CONF}/questions", 403),
                row(null, "GET", "/api/dialogues/{CONF}", 401),
                // supervision: the supervising Front, its Party committee, the committee; not the commune
                row("hiepanmttq1", "GET", "/api/supervisions/{CAMP}", 200),
                row("hiepandanguy1", "GET", "/api/supervisions/{CAMP}", 200),
                row("huyenuy1", "GET", "/api/supervisions/{CAMP}", 200),
                row("hiepan1", "GET", "/api/supervisions/{CAMP}", 404),
                row("liennghia1", "GET", "/api/supervisions/{CAMP}", 404),
                row("hiepan1", "GET", "/api/supervisions/targets", 200),
                row("hiepan1", "POST", "/api/supervisions/proposals/scan", 403),
                row(null, "GET", "/api/supervisions/{CAMP}", 401),
                // a commune's Party committee sees its commune's cases; a commune's Front does not
                row("hiepandanguy1", "GET", "/api/cases/{HA}", 200),
                row("hiepandanguy1", "GET", "/api/cases/{LN}", 404),
                row("hiepanmttq1", "GET", "/api/cases/{HA}", 404),
                // units: everyone reads them, administrators write them
                row("hiepanmttq1", "GET", "/api/units", 200),
                row("hiepanmttq1", "POST", "/api/units", 403),
                row("huyenuy1", "PUT", "/api/units/hiepan", 403),
                row(null, "GET", "/api/units", 401),
                // documents follow their case, conference or campaign; templates are the administrators'
                row(null, "GET", "/api/cases/{LN}/documents", 401),
                row("liennghia1", "GET", "/api/cases/{LN}/documents", 200),
                row("hiepan1", "GET", "/api/cases/{LN}/documents", 404),
                row("huyenuy1", "GET", "/api/cases/{LN}/documents", 200),
                row("hiepan1", "GET", "/api/dialogues/{CONF}/documents", 404),
                row("liennghia1", "GET", "/api/supervisions/{CAMP}/documents", 404),
                row("hiepanmttq1", "GET", "/api/supervisions/{CAMP}/documents", 200),
                row("liennghia1", "GET", "/api/documents/templates", 403),
                row("admin", "GET", "/api/documents/templates", 200),
                // the administrator
                row("admin", "GET", "/api/audit?caseId={LN}", 200),
                row("admin", "GET", "/api/audit?limit=5000", 400),
                row("admin", "GET", "/engine-rest/deployment", 200));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("matrix")
    void theDoorAnswersAsTheMatrixSays(String user, String method, String path, int status, String body) throws Exception {
        HttpResponse<String> response = send(user, method, path.replace("{LN}", ln).replace("{HA}", ha)
                .replace("{CONF}", conference).replace("{CAMP}", campaign), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (body != null) {
            assertThat(response.body().strip()).isEqualTo(body);
        }
    }

    /**
     * A denouncer's identity (organization.Caller.mayKnowProtectedIdentityAt): the unit handling the
     * denunciation and the committee-level Party bodies see it; everyone else who may see the case,
     * the IT administrator included, sees it masked.
     */
    static List<Object[]> identityMatrix() {
        return List.of(new Object[] {"liennghia1", true}, new Object[] {"lanhdao1", true},
                new Object[] {"huyenuy1", true}, new Object[] {"admin", false}, new Object[] {"huyen1", false});
    }

    @ParameterizedTest(name = "{0} knows the denouncer of a Liên Nghĩa denunciation: {1}")
    @MethodSource("identityMatrix")
    void aDenouncerIsShownOnlyToTheHandlingUnitAndTheCommittee(String user, boolean known) throws Exception {
        HttpResponse<String> response = send(user, "GET", "/api/cases/" + denunciation, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var petitioner = json.readTree(response.body()).path("petitioner");
        if (known) {
            assertThat(petitioner.path("fullName").asText()).isEqualTo("Nguyễn Văn Bình");
            assertThat(petitioner.path("phone").asText()).isEqualTo("0912 345 678");
        } else {
            assertThat(petitioner.path("fullName").asText()).contains("ẩn danh").doesNotContain("Bình");
            assertThat(response.body()).doesNotContain("0912").doesNotContain("Thôn 2");
        }
    }

    private HttpResponse<String> send(String user, String method, String path, String payload) throws Exception {
        String target = path;
        String unit = "liennghia";
        if (path.contains("#")) {
            unit = path.substring(path.indexOf('#') + 1);
            target = path.substring(0, path.indexOf('#'));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target));
        if (target.equals("/dashboard")) {
            request.header("Accept", "text/html"); // a person's browser: sent to the sign-in page
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (target.equals("/engine-rest/deployment/create")) {
            String boundary = "danvanTestBoundary";
            String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nhack\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        } else if ("GET".equals(method)) {
            request.GET();
        } else {
            String body = payload != null ? payload : target.startsWith("/api/petitions") ? Petitions.json(unit, "Ma trận")
                    : target.startsWith("/api/calendar") ? "{\"kind\": \"DAY_OFF\", \"name\": \"Thử quyền\"}"
                    : target.endsWith("/questions") ? "{\"askedBy\": \"Ông A\", \"content\": \"Câu hỏi thử quyền\"}" : "{}";
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String caseId(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).path("caseId").asText();
    }

    private static Object[] row(String user, String method, String path, int status) {
        return new Object[] {user, method, path, status, null};
    }

    private static Object[] row(String user, String method, String path, int status, String body) {
        return new Object[] {user, method, path, status, body};
    }
}
