package vn.danvan.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.dialogue.DialogueYearlyProcess;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.petition.PetitionDistrictProcess;
import vn.danvan.support.Petitions;

/**
 * A database made by danvan as it stood before issue 21 (commit 0d82b94) is upgraded by this jar:
 * Flyway's new migrations and Camunda's schema update run over its cases, open tasks and timers, and
 * every one of them is still there and still works.
 *
 * <p>The database is {@code src/test/resources/upgrade/danvan-0d82b94.sql.gz}, a plain {@code pg_dump}
 * of a local run of that commit's jar: nine petitions in two communes (some still to classify, one
 * waiting for the handling decision, two forwarded to the district and waiting there, one accepted
 * and being resolved), a dialogue conference and a supervision campaign waiting for their first step,
 * and the deadline timers of every case. Made with {@code java -jar danvan.jar} of 0d82b94, the REST
 * calls of docs/reliability.md ("Upgrades"), then {@code pg_dump --no-owner --no-privileges danvan | gzip -9}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpgradeIT {

    static final String DUMP = "/upgrade/danvan-0d82b94.sql.gz";

    private final Path base = Path.of("target", "upgrade", UUID.randomUUID().toString().substring(0, 8));
    private final ObjectMapper json = new ObjectMapper();
    private PostgresProcess postgres;
    private KafkaProcess kafka;
    private AppNode node;
    private JdbcClient db;
    private List<Map<String, Object>> casesBefore;
    private List<String> tasksBefore;
    private List<Map<String, Object>> timersBefore;
    private List<String> processesBefore;
    private List<String> startTimersBefore;
    private List<String> processesAfter;
    private List<String> tasksAfter;
    private List<String> timersAfter;
    private List<String> startTimersAfter;

    /** Timer start events belong to a process definition: a new version of it takes the timer over. */
    static final String START_TIMERS = """
            SELECT DISTINCT d.key_ FROM act_ru_job j JOIN act_re_procdef d ON d.id_ = j.process_def_id_
            WHERE j.type_ = 'timer' AND j.process_instance_id_ IS NULL ORDER BY d.key_""";

    @BeforeAll
    void upgradeAnOldDatabase() throws Exception {
        postgres = new PostgresProcess(base.resolve("postgres"));
        postgres.start();
        db = JdbcClient.create(postgres.dataSource());
        try (var connection = postgres.dataSource().getConnection(); BufferedReader dump = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(UpgradeIT.class.getResourceAsStream(DUMP)), StandardCharsets.UTF_8))) {
            SqlDump.load(connection, dump);
        }
        casesBefore = db.sql("SELECT case_id, tracking_code FROM petition_case ORDER BY case_id").query().listOfRows();
        tasksBefore = db.sql("SELECT id_ FROM act_ru_task ORDER BY id_").query(String.class).list();
        timersBefore = db.sql("SELECT id_, duedate_ FROM act_ru_job WHERE type_ = 'timer' AND process_instance_id_ IS NOT NULL "
                + "ORDER BY id_").query().listOfRows();
        startTimersBefore = db.sql(START_TIMERS).query(String.class).list();
        processesBefore = db.sql("SELECT id_ FROM act_ru_execution WHERE id_ = proc_inst_id_ ORDER BY id_").query(String.class).list();
        assertThat(db.sql("SELECT max(installed_rank) FROM flyway_schema_history").query(Integer.class).single())
                .as("the old schema's migrations").isPositive();

        kafka = new KafkaProcess(base.resolve("kafka"));
        kafka.start();
        node = new AppNode("upgraded", postgres, kafka, base.resolve("logs")).start();
        // what the upgrade left, before any test works on it
        processesAfter = db.sql("SELECT id_ FROM act_ru_execution WHERE id_ = proc_inst_id_").query(String.class).list();
        tasksAfter = db.sql("SELECT id_ FROM act_ru_task").query(String.class).list();
        timersAfter = db.sql("SELECT id_ FROM act_ru_job WHERE type_ = 'timer'").query(String.class).list();
        startTimersAfter = db.sql(START_TIMERS).query(String.class).list();
    }

    @AfterAll
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theOldDatabaseHadWorkInProgress() {
        assertThat(casesBefore).hasSize(9);
        assertThat(tasksBefore).hasSizeGreaterThanOrEqualTo(10);
        assertThat(timersBefore).as("deadline timers of the cases").hasSizeGreaterThanOrEqualTo(9);
        assertThat(startTimersBefore).as("the yearly dialogue's timer start event").contains(DialogueYearlyProcess.KEY);
    }

    @Test
    void theNewMigrationsRanOverIt() {
        assertThat(db.sql("SELECT version FROM flyway_schema_history WHERE success").query(String.class).list())
                .contains("33", "60");
        assertThat(db.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single()).isZero();
    }

    @Test
    void everyCaseIsStillThereAndReadable() throws Exception {
        assertThat(db.sql("SELECT case_id, tracking_code FROM petition_case ORDER BY case_id").query().listOfRows())
                .isEqualTo(casesBefore);
        for (Map<String, Object> row : casesBefore) {
            var answer = node.http().get("/api/cases/" + row.get("case_id"), "admin", "demo");
            assertThat(answer.statusCode()).as(row.get("case_id") + ": " + answer.body()).isEqualTo(200);
            var status = node.http().get("/api/public/cases/" + row.get("tracking_code"));
            assertThat(status.statusCode()).as("public lookup of " + row.get("tracking_code")).isEqualTo(200);
        }
    }

    /** V80-V83: the old plain personal data is encrypted in place, and still reads and searches. */
    @Test
    void theOldPlainPersonalDataIsEncryptedAndStillReadsAndSearches() throws Exception {
        assertThat(db.sql("SELECT count(*) FROM petition_case WHERE petitioner_name NOT LIKE 'v1:%'"
                + " OR petitioner_phone NOT LIKE 'v1:%' OR petitioner_address NOT LIKE 'v1:%' OR petitioner_name_hash IS NULL")
                .query(Long.class).single()).isZero();
        assertThat(db.sql("SELECT count(*) FROM document WHERE data ->> 'sealed' IS NULL").query(Long.class).single()).isZero();
        assertThat(db.sql("SELECT count(*) FROM data_key_check").query(Long.class).single()).isEqualTo(1);
        String caseId = (String) casesBefore.get(0).get("case_id");
        var answer = node.http().get("/api/cases/" + caseId, "admin", "demo");
        assertThat(answer.body()).contains("\"fullName\":\"Nguyễn Văn Bình\"").contains("0912 345 678");
        assertThat(node.http().get("/api/cases?petitioner=nguyen%20van%20binh", "admin", "demo").body()).contains(caseId);
    }

    @Test
    void everyProcessTaskAndTimerIsStillThere() {
        assertThat(processesAfter).containsAll(processesBefore);
        assertThat(tasksAfter).containsAll(tasksBefore);
        assertThat(startTimersAfter).as("timer start events").containsAll(startTimersBefore);
        List<String> timersNow = timersAfter;
        for (Map<String, Object> timer : timersBefore) {
            boolean due = ((java.sql.Timestamp) timer.get("duedate_")).toInstant().isBefore(Instant.now());
            if (!due) {
                assertThat(timersNow).as("timer " + timer.get("id_") + " not yet due").contains((String) timer.get("id_"));
            }
        }
    }

    @Test
    void anOldTaskCanBeCompletedAndTheCaseMovesOn() throws Exception {
        String task = taskOf("LIENNGHIA-2026-00004", PetitionCommuneProcess.TASK_CLASSIFY);
        var done = node.http().postJson("/engine-rest/task/" + task + "/complete", """
                {"variables": {"caseType": {"value": "COMPLAINT"}, "subjectArea": {"value": "LAND"},
                 "complexity": {"value": "NORMAL"}, "remoteArea": {"value": false},
                 "concernsPartyMember": {"value": false}, "districtDecision": {"value": true}}}""", "admin", "demo");

        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> taskOf("LIENNGHIA-2026-00004",
                PetitionCommuneProcess.TASK_DECIDE_HANDLING) != null);
    }

    /**
     * A case forwarded before the routing table asked whom a denunciation is about: its district process
     * runs on the old diagram, which evaluates the latest table, and had no such variable
     * (RoutingInputBackfill gives it one at start; without it the acceptance failed with DMN-01002).
     */
    @Test
    void anOldForwardedCaseIsAcceptedAtTheDistrictAndRouted() throws Exception {
        String caseId = db.sql("""
                SELECT e.business_key_ FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                WHERE t.task_def_key_ = ? ORDER BY e.business_key_""").param(PetitionDistrictProcess.TASK_ACCEPT)
                .query(String.class).list().get(0);
        String task = taskOf(caseId, PetitionDistrictProcess.TASK_ACCEPT);

        var done = node.http().postJson("/engine-rest/task/" + task + "/complete",
                "{\"variables\": {\"" + PetitionDistrictProcess.ACCEPTANCE + "\": {\"value\": \"ACCEPT\"}}}", "admin", "demo");

        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> taskOf(caseId, PetitionDistrictProcess.TASK_RESOLVE) != null);
    }

    @Test
    void anOldTimerFiresWhenItIsDue() {
        String caseId = "HIEPAN-2026-00002";
        String timer = db.sql("""
                SELECT j.id_ FROM act_ru_job j JOIN act_ru_execution e ON e.id_ = j.process_instance_id_
                WHERE j.type_ = 'timer' AND e.business_key_ = ?""").param(caseId).query(String.class).list().get(0);

        var moved = node.http().putJson("/engine-rest/job/" + timer + "/duedate", "{\"duedate\": \"2026-01-01T00:00:00.000+0000\"}",
                "admin", "demo");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).until(() -> db.sql(
                "SELECT count(*) FROM case_timeline WHERE case_id = ? AND action = 'reminded'").param(caseId)
                .query(Long.class).single() == 1);
        assertThat(db.sql("SELECT count(*) FROM act_ru_job WHERE id_ = ?").param(timer).query(Long.class).single())
                .as("the timer ran").isZero();
    }

    @Test
    void newPetitionsContinueTheOldRegister() throws Exception {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        int last = db.sql("SELECT coalesce(max(last_value), 0) FROM case_number WHERE unit_code = 'liennghia' AND year = ?")
                .param(year).query(Integer.class).single();

        var answer = node.http().postJson("/api/petitions", Petitions.json("liennghia", "Sau nâng cấp"), "admin", "demo");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode made = json.readTree(answer.body());
        assertThat(made.path("caseId").asText()).isEqualTo(String.format("LIENNGHIA-%d-%05d", year, last + 1));
        assertThat(casesBefore).extracting(row -> row.get("case_id")).doesNotContain(made.path("caseId").asText());
    }

    private String taskOf(String caseId, String taskKey) throws Exception {
        JsonNode tasks = json.readTree(node.http().get("/engine-rest/task?processInstanceBusinessKey=" + caseId
                + "&taskDefinitionKey=" + taskKey, "admin", "demo").body());
        return tasks.isArray() && !tasks.isEmpty() ? tasks.get(0).path("id").asText() : null;
    }
}
