package vn.danvan.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.consistency.CheckScope;
import vn.danvan.consistency.ConsistencyChecker;
import vn.danvan.consistency.ConsistencyReport;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.Petitions;

/**
 * Crashes, outages and a second node, with the application in its own process (SIGKILL is real) on a
 * PostgreSQL server and a Kafka broker in their own processes. Every scenario prints
 * {@code FAULT <scenario> cases=N lost=L duplicated=D recovery_s=S}, counted from the database and
 * the topics, never from the application's counters. Small here; {@code ./mvnw -Pfaults verify} runs
 * them at size (docs/reliability.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 40, unit = TimeUnit.MINUTES)
class FaultScenariosIT {

    static final Duration LONG = Duration.ofMinutes(10);
    static final String CLASSIFY_FOR_DISTRICT = """
            {"variables": {"caseType": {"value": "COMPLAINT"}, "subjectArea": {"value": "LAND"},
             "complexity": {"value": "NORMAL"}, "remoteArea": {"value": false},
             "concernsPartyMember": {"value": false}, "districtDecision": {"value": true}}}""";
    static final String FORWARD = """
            {"variables": {"handling": {"value": "FORWARD"}, "forwardReason": {"value": "Thẩm quyền huyện"}}}""";

    private final int cases = Integer.getInteger("faults.cases", 40);
    private final int outageSeconds = Integer.getInteger("faults.outageSeconds", 6);
    private final Path base = Path.of("target", "faults", UUID.randomUUID().toString().substring(0, 8));
    private final ObjectMapper json = new ObjectMapper();

    PostgresProcess postgres;
    KafkaProcess kafka;
    JdbcClient db;
    Ledger ledger;

    @BeforeAll
    void startServers() throws Exception {
        postgres = new PostgresProcess(base.resolve("postgres"));
        postgres.start();
        kafka = new KafkaProcess(base.resolve("kafka"));
        kafka.start();
        db = JdbcClient.create(postgres.dataSource());
        ledger = new Ledger(db, kafka.bootstrapServers());
    }

    @AfterAll
    void stopServers() throws Exception {
        kafka.close();
        postgres.close();
    }

    @Test
    void crashIntake() throws Exception {
        List<String> ids = ids("crash-intake");
        List<String> firstHalf = ids.subList(0, ids.size() / 2);
        long casesAtKill;
        try (AppNode first = node("crash-intake-1").start(); KafkaTestClient client = client()) {
            firstHalf.forEach(id -> client.submitPetition(id, id, Petitions.json("tanang", "Crash intake")));
            await().atMost(LONG).until(() -> casesFrom(ids) >= ids.size() / 3);
            // the second half lands while the node is consuming the first: the kill falls into work
            ids.subList(ids.size() / 2, ids.size())
                    .forEach(id -> client.submitPetition(id, id, Petitions.json("tanang", "Crash intake")));
            first.kill();
            casesAtKill = casesFrom(ids);
        }
        assertThat(casesAtKill).as("cases made before the kill: the kill must fall into the flow").isLessThan(ids.size());
        long restarted = System.nanoTime();
        try (AppNode second = node("crash-intake-2").start()) {
            settle(() -> ledger.intake(ids).settled());
            report("crash-intake", ledger.intake(ids), seconds(restarted), "cases_at_kill=" + casesAtKill);
        }
    }

    @Test
    void crashHandoff() throws Exception {
        List<String> ids = ids("crash-handoff");
        List<String> caseIds;
        long forwardedAtKill;
        try (AppNode first = node("crash-handoff-1").start(); KafkaTestClient client = client()) {
            ids.forEach(id -> client.submitPetition(id, id, Petitions.json("ntholha", "Crash handoff")));
            await().atMost(LONG).until(() -> ledger.intake(ids).settled());
            caseIds = caseIdsOf(ids);
            for (String caseId : caseIds) {
                complete(first, caseId, PetitionCommuneProcess.TASK_CLASSIFY, CLASSIFY_FOR_DISTRICT);
            }
            Thread forwarding = new Thread(() -> caseIds.forEach(caseId -> {
                try {
                    complete(first, caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING, FORWARD);
                } catch (RuntimeException e) {
                    // the node was killed under this call: the officer completes the task again after the restart
                }
            }));
            forwarding.start();
            await().atMost(LONG).until(() -> districtTasks(caseIds) >= caseIds.size() / 3);
            first.kill();
            forwarding.join();
            forwardedAtKill = districtTasks(caseIds);
        }
        assertThat(forwardedAtKill).as("cases forwarded before the kill: the kill must fall into the flow")
                .isLessThan(caseIds.size());
        long restarted = System.nanoTime();
        try (AppNode second = node("crash-handoff-2").start()) {
            for (String caseId : caseIds) {
                complete(second, caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING, FORWARD); // what is still open
            }
            settle(() -> ledger.forwarded(caseIds).settled());
            report("crash-handoff", ledger.forwarded(caseIds), seconds(restarted), "forwarded_at_kill=" + forwardedAtKill);
        }
    }

    @Test
    void brokerOutage() throws Exception {
        try (AppNode node = node("broker-outage").start()) {
            List<String> caseIds = new ArrayList<>();
            long restarted;
            kafka.stop();
            try {
                long outageEnd = System.nanoTime() + Duration.ofSeconds(outageSeconds).toNanos();
                while (System.nanoTime() < outageEnd || caseIds.size() < 5) {
                    var response = node.http().postJson("/api/petitions", Petitions.json("binhthanh", "Broker outage"),
                            "admin", "demo");
                    assertThat(response.statusCode()).as("REST intake while the broker is down: " + response.body())
                            .isEqualTo(201);
                    caseIds.add(json.readTree(response.body()).path("caseId").asText());
                }
            } finally {
                restarted = System.nanoTime();
                kafka.start();
            }
            settle(() -> ledger.received(caseIds).settled());
            double recovery = seconds(restarted);
            // and the consumers came back by themselves: new Kafka intake is processed
            List<String> after = ids("after-outage");
            try (KafkaTestClient client = client()) {
                after.forEach(id -> client.submitPetition(id, id, Petitions.json("binhthanh", "After outage")));
            }
            settle(() -> ledger.intake(after).settled());
            report("broker-outage", ledger.received(caseIds), recovery, "");
            assertThat(ledger.intake(after).lost()).as("Kafka intake after the outage").isEmpty();
        }
    }

    @Test
    void databaseOutage() throws Exception {
        try (AppNode node = node("database-outage").start(); KafkaTestClient client = client()) {
            List<String> ids = ids("db-outage");
            Set<Integer> answers = ConcurrentHashMap.newKeySet();
            Set<String> retryAfter = ConcurrentHashMap.newKeySet();
            long restarted;
            postgres.stop();
            try {
                long outageEnd = System.nanoTime() + Duration.ofSeconds(outageSeconds).toNanos();
                int sent = 0;
                while (System.nanoTime() < outageEnd) {
                    if (sent < ids.size()) {
                        client.submitPetition(ids.get(sent), ids.get(sent), Petitions.json("lienhiep", "DB outage"));
                        sent++;
                    }
                    var answer = node.http().postJson("/api/petitions", Petitions.json("lienhiep", "DB outage REST"),
                            "admin", "demo");
                    answers.add(answer.statusCode());
                    retryAfter.add(answer.headers().firstValue("Retry-After").orElse("(none)"));
                }
                for (; sent < ids.size(); sent++) {
                    client.submitPetition(ids.get(sent), ids.get(sent), Petitions.json("lienhiep", "DB outage"));
                }
                assertThat(node.signInThroughForm("admin", "demo")).as("a person signing in while the database is down")
                        .endsWith("/login?unavailable");
            } finally {
                restarted = System.nanoTime();
                postgres.start();
            }
            settle(() -> ledger.intake(ids).settled());
            double recovery = seconds(restarted);
            assertThat(answers).as("REST answers while the database was down").containsOnly(503);
            assertThat(retryAfter).as("Retry-After of those answers").containsOnly("30");
            await().atMost(Duration.ofSeconds(60)).until(() -> node.http().postJson("/api/petitions",
                    Petitions.json("lienhiep", "After DB outage"), "admin", "demo").statusCode() == 201);
            report("database-outage", ledger.intake(ids), recovery, "");
        }
    }

    @Test
    void twoNodes() throws Exception {
        String fastDeadlines = "--danvan.deadlines.demo-minutes-per-day=0.1"; // 10 days = 60 s, reminder at 40 s
        List<String> ids = ids("two-nodes");
        try (AppNode a = node("two-nodes-a", fastDeadlines).start(); AppNode b = node("two-nodes-b", fastDeadlines).start();
                KafkaTestClient client = client()) {
            List<String> before = ids.subList(0, ids.size() / 2);
            List<String> after = ids.subList(ids.size() / 2, ids.size());
            before.forEach(id -> client.submitPetition(id, id, Petitions.json("hiepthanh", "Two nodes")));
            await().atMost(LONG).until(() -> casesFrom(before) >= before.size());
            String split = "a=" + consumed(a) + " b=" + consumed(b);
            a.kill();
            long killed = System.nanoTime();
            // sent after the kill: those keyed to the dead node's partitions wait until the broker's
            // session timeout hands the partitions to the survivor
            after.forEach(id -> client.submitPetition(id, id, Petitions.json("hiepthanh", "Two nodes")));
            settle(() -> ledger.intake(ids).settled());
            double recovery = seconds(killed);
            List<String> caseIds = caseIdsOf(ids);
            // every case's reminder fires once, on whichever node runs its timer, A's cases included
            settle(() -> timeline(caseIds, "reminded") >= caseIds.size());
            Set<String> remindedTwice = Set.copyOf(db.sql("""
                    SELECT case_id FROM case_timeline WHERE action = 'reminded' AND case_id IN (:ids)
                    GROUP BY case_id HAVING count(*) > 1""").param("ids", caseIds).query(String.class).list());
            long reminded = timeline(caseIds, "reminded");
            System.out.println("FAULT two-nodes split intake events consumed before the kill: " + split
                    + ", after: b=" + consumed(b) + " (session timeout 10 s)");
            Ledger.Tally tally = ledger.intake(ids);
            tally.duplicated().addAll(remindedTwice);
            report("two-nodes", tally, recovery, "reminded=" + reminded);
            assertThat(reminded).as("cases whose reminder fired").isEqualTo(caseIds.size());
        }
    }

    /**
     * The local default run's disk is lost; its nightly backup is restored into a fresh data directory
     * with the jar's restore command and a node starts on it, beside the broker that lived on. Before
     * the backup: petitions through Kafka (settled, their events acknowledged), then petitions through
     * REST while the broker is down (their events still in the outbox when the backup is taken). After
     * the backup, more REST petitions, then the node dies before the broker returns. The ledger counts
     * the petitions the backup holds ({@code cases=}): each must have exactly one case, process, open task
     * and {@code received} event (the unsent ones sent by the restored node), must survive a replay of
     * its Kafka event with the same {@code ce_id}, and must get its reminder once (timers). Petitions
     * made after the backup are expected to be gone: they are counted apart ({@code after_backup=},
     * {@code gone=}), and one that is still there fails the scenario as much as one lost before it.
     */
    @Test
    void restoreDrill() throws Exception {
        String fastDeadlines = "--danvan.deadlines.demo-minutes-per-day=0.1"; // reminder 40 s after intake
        List<String> viaKafka = ids("restore-kafka").subList(0, Math.max(2, cases / 2));
        java.util.Map<String, String> sent = new java.util.LinkedHashMap<>();
        List<String> unsent = new ArrayList<>();
        List<String> afterBackup = new ArrayList<>();
        Path backup;
        String backupFigures;
        try (AppNode first = node("restore-drill-1", fastDeadlines).start(); KafkaTestClient client = client()) {
            for (String id : viaKafka) {
                sent.put(id, Petitions.json("ninhgia", "Restore drill"));
                client.submitPetition(id, id, sent.get(id));
            }
            settle(() -> ledger.intake(viaKafka).settled());
            kafka.stop();
            try {
                for (int i = 0; i < Math.max(1, cases / 4); i++) {
                    unsent.add(caseId(first.http().postJson("/api/petitions", Petitions.json("ninhgia", "Restore drill unsent"),
                            "admin", "demo")));
                }
                var made = first.http().postJson("/api/admin/backups", "", "admin", "demo");
                assertThat(made.statusCode()).as("backup while running: " + made.body()).isEqualTo(201);
                JsonNode madeBackup = json.readTree(made.body());
                backup = base.resolve("backups").resolve(madeBackup.path("file").asText());
                backupFigures = String.format(java.util.Locale.ROOT, "backup_mb=%.1f backup_s=%.1f",
                        madeBackup.path("sizeBytes").asLong() / 1e6, madeBackup.path("seconds").asDouble());
                for (int i = 0; i < Math.max(1, cases / 4); i++) {
                    var answer = first.http().postJson("/api/petitions", Petitions.json("ninhgia", "Restore drill after"),
                            "admin", "demo");
                    afterBackup.add(json.readTree(answer.body()).path("trackingCode").asText());
                }
                first.kill(); // the disk is gone with the node, before it could send anything more
            } finally {
                kafka.start();
            }
        }
        Path fresh = base.resolve("restored-data");
        long restoring = System.nanoTime();
        Process restore = new ProcessBuilder(KafkaProcess.javaBinary(), "-jar", Path.of("target", "danvan.jar").toString(),
                "restore", backup.toString(), "--danvan.embedded.data-dir=" + fresh).redirectErrorStream(true).start();
        String restoreOutput = new String(restore.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(restore.waitFor()).as("restore command:\n" + restoreOutput).isZero();
        double restoreSeconds = seconds(restoring);
        System.out.println("FAULT restore-drill restore command said: " + restoreOutput.strip().replace("\n", " | "));

        PostgresProcess restoredDatabase = new PostgresProcess(fresh.resolve("postgres"));
        restoredDatabase.start();
        try {
            JdbcClient restored = JdbcClient.create(restoredDatabase.dataSource());
            Ledger restoredLedger = new Ledger(restored, kafka.bootstrapServers());
            long started = System.nanoTime();
            try (AppNode second = new AppNode("restore-drill-2", restoredDatabase, kafka, base.resolve("logs"), fastDeadlines)
                    .start(); KafkaTestClient client = client()) {
                // a producer that never heard back sends every event again: the inbox takes each once
                sent.forEach((id, petition) -> client.submitPetition(id, id, petition));
                settle(() -> restoredLedger.intake(viaKafka).settled() && restoredLedger.received(unsent).settled());
                double recovery = seconds(started);
                List<String> caseIds = new ArrayList<>(restored.sql("SELECT case_id FROM petition_case WHERE source_event_id IN (:ids)")
                        .param("ids", viaKafka).query(String.class).list());
                caseIds.addAll(unsent);
                settle(() -> count(restored, "SELECT count(DISTINCT case_id) FROM case_timeline WHERE action = 'reminded' "
                        + "AND case_id IN (:ids)", caseIds) >= caseIds.size());
                long reminded = count(restored, "SELECT count(DISTINCT case_id) FROM case_timeline WHERE action = 'reminded' "
                        + "AND case_id IN (:ids)", caseIds);
                List<String> remindedTwice = restored.sql("""
                        SELECT case_id FROM case_timeline WHERE action = 'reminded' AND case_id IN (:ids)
                        GROUP BY case_id HAVING count(*) > 1""").param("ids", caseIds).query(String.class).list();
                long stillThere = count(restored, "SELECT count(*) FROM petition_case WHERE tracking_code IN (:ids)", afterBackup);
                List<String> afterRestore = ids("after-restore").subList(0, 2);
                afterRestore.forEach(id -> client.submitPetition(id, id, Petitions.json("ninhloan", "After restore")));
                settle(() -> restoredLedger.intake(afterRestore).settled());

                Ledger.Tally kafkaTally = restoredLedger.intake(viaKafka);
                Ledger.Tally restTally = restoredLedger.received(unsent);
                Ledger.Tally tally = new Ledger.Tally(kafkaTally.count() + restTally.count(), new java.util.TreeSet<>(),
                        new java.util.TreeSet<>());
                tally.lost().addAll(kafkaTally.lost());
                tally.lost().addAll(restTally.lost());
                tally.duplicated().addAll(kafkaTally.duplicated());
                tally.duplicated().addAll(restTally.duplicated());
                tally.duplicated().addAll(remindedTwice);
                report(restored, "restore-drill", tally, recovery, "unsent_at_backup=" + unsent.size() + " replayed=" + sent.size()
                        + " reminded=" + reminded + " after_backup=" + afterBackup.size() + " gone="
                        + (afterBackup.size() - stillThere) + " " + backupFigures
                        + String.format(java.util.Locale.ROOT, " restore_s=%.1f", restoreSeconds));
                assertThat(reminded).as("restored cases whose reminder fired").isEqualTo(caseIds.size());
                assertThat(stillThere).as("petitions made after the backup are not in the restored database").isZero();
                assertThat(restoredLedger.intake(afterRestore).lost()).as("Kafka intake after the restore").isEmpty();
            }
        } finally {
            restoredDatabase.close();
        }
    }

    private String caseId(java.net.http.HttpResponse<String> answer) throws java.io.IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).path("caseId").asText();
    }

    private static long count(JdbcClient db, String sql, List<String> ids) {
        try {
            return db.sql(sql).param("ids", ids).query(Long.class).single();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Waits for the system to settle, but prints the line and fails on the counts, not on a timeout. */
    private static void settle(java.util.concurrent.Callable<Boolean> done) {
        try {
            await().atMost(LONG).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(done);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.out.println("FAULT not settled within " + LONG + "; counting what is there");
        }
    }

    private void report(String scenario, Ledger.Tally tally, double recovery, String extra) {
        report(db, scenario, tally, recovery, extra);
    }

    /** The scenario's line, its counts, then the consistency checker over everything the nodes left. */
    private static void report(JdbcClient db, String scenario, Ledger.Tally tally, double recovery, String extra) {
        System.out.println(tally.line(scenario, recovery, extra));
        assertThat(tally.lost()).as(scenario + ": lost").isEmpty();
        assertThat(tally.duplicated()).as(scenario + ": duplicated").isEmpty();
        ConsistencyChecker checker = new ConsistencyChecker(db, Duration.ofMinutes(1));
        java.util.concurrent.atomic.AtomicReference<ConsistencyReport> last = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                last.set(checker.check(CheckScope.everythingSettled(java.time.Instant.now())));
                return last.get().holds();
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            StringBuilder violations = new StringBuilder();
            last.get().violations().forEach(v -> violations.append("\n  ").append(v.line()));
            throw new AssertionError(scenario + ": the records disagree" + violations);
        }
        System.out.println("FAULT " + scenario + " consistency cases=" + last.get().checked() + " violations=0");
    }

    private AppNode node(String name, String... extra) throws Exception {
        return new AppNode(name, postgres, kafka, base.resolve("logs"), extra);
    }

    private KafkaTestClient client() {
        return new KafkaTestClient(kafka.bootstrapServers());
    }

    private List<String> ids(String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            ids.add(prefix + "-" + UUID.randomUUID());
        }
        return ids;
    }

    private long casesFrom(List<String> ids) {
        return safeCount("SELECT count(*) FROM petition_case WHERE source_event_id IN (:ids)", ids);
    }

    private long districtTasks(List<String> caseIds) {
        return safeCount("""
                SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                WHERE t.task_def_key_ = 'UserTaskAcceptCase' AND e.business_key_ IN (:ids)""", caseIds);
    }

    private long timeline(List<String> caseIds, String action) {
        return safeCount("SELECT count(DISTINCT case_id) FROM case_timeline WHERE action = '" + action
                + "' AND case_id IN (:ids)", caseIds);
    }

    /** Counting while a test has the database down answers 0 instead of failing the wait. */
    private long safeCount(String sql, List<String> ids) {
        try {
            return db.sql(sql).param("ids", ids).query(Long.class).single();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private List<String> caseIdsOf(List<String> ids) {
        return db.sql("SELECT case_id FROM petition_case WHERE source_event_id IN (:ids) ORDER BY case_id")
                .param("ids", ids).query(String.class).list();
    }

    /** Completes the case's open task of that kind, if there is one; a refused completion fails. */
    private void complete(AppNode node, String caseId, String taskKey, String variables) {
        var found = node.http().get("/engine-rest/task?processInstanceBusinessKey=" + caseId + "&taskDefinitionKey="
                + taskKey, "admin", "demo");
        JsonNode tasks;
        try {
            tasks = json.readTree(found.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("task query answered " + found.statusCode() + ": " + found.body(), e);
        }
        if (tasks.isArray() && !tasks.isEmpty()) {
            var done = node.http().postJson("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
                    variables, "admin", "demo");
            if (done.statusCode() != 204) {
                throw new IllegalStateException("completing " + taskKey + " of " + caseId + " answered "
                        + done.statusCode() + ": " + done.body());
            }
        }
    }

    private static long consumed(AppNode node) {
        return node.http().get("/actuator/prometheus").body().lines()
                .filter(l -> l.startsWith("danvan_events_consumed_total{") && l.contains("consumer=\"petition-intake\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
