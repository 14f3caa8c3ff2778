package vn.danvan.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
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
class FaultScenariosIT {

    static final Duration LONG = Duration.ofMinutes(10);

    private final int cases = Integer.getInteger("faults.cases", 40);
    private final int outageSeconds = Integer.getInteger("faults.outageSeconds", 6);
    private final Path base = Path.of("target", "faults", UUID.randomUUID().toString().substring(0, 8));
    private final ObjectMapper json = new ObjectMapper();

    PostgresProcess postgres;
    KafkaProcess kafka;
    JdbcClient db;

    @BeforeAll
    void startServers() throws Exception {
        postgres = new PostgresProcess(base.resolve("postgres"));
        postgres.start();
        kafka = new KafkaProcess(base.resolve("kafka"));
        kafka.start();
        db = JdbcClient.create(postgres.dataSource());
    }

    @AfterAll
    void stopServers() throws Exception {
        kafka.close();
        postgres.close();
    }

    @Test
    void crashIntake() throws Exception {
        List<String> ids = ids("crash-intake");
        try (AppNode first = node("crash-intake-1").start(); KafkaTestClient client = client()) {
            for (String id : ids) {
                client.submitPetition(id, id, Petitions.json("tanang", "Crash intake"));
            }
            await().atMost(LONG).until(() -> casesFrom(ids) >= ids.size() / 3);
            first.kill();
        }
        long restarted = System.nanoTime();
        try (AppNode second = node("crash-intake-2").start()) {
            await().atMost(LONG).until(() -> casesFrom(ids) >= ids.size() && classifyTasks(ids) >= ids.size());
            double recovery = seconds(restarted);
            report("crash-intake", ids, recovery, receivedOnTopic(ids));
        }
    }

    @Test
    void crashHandoff() throws Exception {
        List<String> ids = ids("crash-handoff");
        List<String> caseIds;
        try (AppNode first = node("crash-handoff-1").start(); KafkaTestClient client = client()) {
            for (String id : ids) {
                client.submitPetition(id, id, Petitions.json("ntholha", "Crash handoff"));
            }
            await().atMost(LONG).until(() -> classifyTasks(ids) >= ids.size());
            caseIds = caseIdsOf(ids);
            for (String caseId : caseIds) {
                complete(first, caseId, "UserTaskClassifyPetition", """
                        {"variables": {"caseType": {"value": "COMPLAINT"}, "subjectArea": {"value": "LAND"},
                         "complexity": {"value": "NORMAL"}, "remoteArea": {"value": false},
                         "concernsPartyMember": {"value": false}, "districtDecision": {"value": true}}}""");
            }
            Thread forwarding = new Thread(() -> caseIds.forEach(caseId -> complete(first, caseId,
                    "UserTaskDecideHandling", "{\"variables\": {\"handling\": {\"value\": \"FORWARD\"}, "
                            + "\"forwardReason\": {\"value\": \"Thẩm quyền huyện\"}}}")));
            forwarding.start();
            await().atMost(LONG).until(() -> districtTasks(caseIds) >= caseIds.size() / 3);
            first.kill();
            forwarding.join();
        }
        long restarted = System.nanoTime();
        try (AppNode second = node("crash-handoff-2").start()) {
            for (String caseId : caseIds) {
                complete(second, caseId, "UserTaskDecideHandling", "{\"variables\": {\"handling\": {\"value\": \"FORWARD\"}, "
                        + "\"forwardReason\": {\"value\": \"Thẩm quyền huyện\"}}}");
            }
            await().atMost(LONG).until(() -> districtTasks(caseIds) >= caseIds.size());
            double recovery = seconds(restarted);
            long duplicated = db.sql("""
                    SELECT count(*) FROM (SELECT business_key_ FROM act_ru_execution e JOIN act_re_procdef d ON d.id_ = e.proc_def_id_
                    WHERE d.key_ = 'petition-district' AND e.parent_id_ IS NULL AND e.business_key_ IN (:ids)
                    GROUP BY business_key_ HAVING count(*) > 1) x""").param("ids", caseIds).query(Long.class).single();
            long lost = caseIds.size() - districtTasks(caseIds);
            long forwardedOnTopic = forwardedOnTopic(caseIds);
            line("crash-handoff", caseIds.size(), lost + (caseIds.size() - forwardedOnTopic), duplicated, recovery);
            assertThat(lost).isZero();
            assertThat(forwardedOnTopic).isEqualTo(caseIds.size());
            assertThat(duplicated).isZero();
        }
    }

    @Test
    void brokerOutage() throws Exception {
        try (AppNode node = node("broker-outage").start()) {
            kafka.stop();
            List<String> caseIds = new ArrayList<>();
            long outageEnd = System.nanoTime() + Duration.ofSeconds(outageSeconds).toNanos();
            while (System.nanoTime() < outageEnd || caseIds.size() < 5) {
                var response = node.http().postJson("/api/petitions", Petitions.json("binhthanh", "Broker outage"), "admin", "demo");
                assertThat(response.statusCode()).as("REST intake while the broker is down: " + response.body()).isEqualTo(201);
                caseIds.add(json.readTree(response.body()).path("caseId").asText());
            }
            long restarted = System.nanoTime();
            kafka.start();
            try (KafkaTestClient client = client()) {
                await().atMost(LONG).until(() -> receivedCasesOnTopic(client, caseIds) >= caseIds.size());
                double recovery = seconds(restarted);
                List<String> after = ids("after-outage");
                for (String id : after) {
                    client.submitPetition(id, id, Petitions.json("binhthanh", "After outage"));
                }
                await().atMost(LONG).until(() -> casesFrom(after) >= after.size());
                long lost = caseIds.size() - receivedCasesOnTopic(client, caseIds);
                line("broker-outage", caseIds.size(), lost, duplicateCaseEvents(client, caseIds), recovery);
                assertThat(lost).isZero();
            }
        }
    }

    @Test
    void databaseOutage() throws Exception {
        try (AppNode node = node("database-outage").start(); KafkaTestClient client = client()) {
            postgres.stop();
            List<String> ids = ids("db-outage");
            Set<Integer> answers = ConcurrentHashMap.newKeySet();
            long outageEnd = System.nanoTime() + Duration.ofSeconds(outageSeconds).toNanos();
            int sent = 0;
            while (System.nanoTime() < outageEnd) {
                if (sent < ids.size()) {
                    client.submitPetition(ids.get(sent), ids.get(sent), Petitions.json("lienhiep", "DB outage"));
                    sent++;
                }
                answers.add(node.http().postJson("/api/petitions", Petitions.json("lienhiep", "DB outage REST"), "admin", "demo")
                        .statusCode());
            }
            for (; sent < ids.size(); sent++) {
                client.submitPetition(ids.get(sent), ids.get(sent), Petitions.json("lienhiep", "DB outage"));
            }
            long restarted = System.nanoTime();
            postgres.start();
            await().atMost(LONG).until(() -> casesFrom(ids) >= ids.size() && classifyTasks(ids) >= ids.size());
            double recovery = seconds(restarted);
            assertThat(answers).as("REST answers while the database was down").containsOnly(503);
            await().atMost(Duration.ofSeconds(60)).until(() -> node.http().postJson("/api/petitions",
                    Petitions.json("lienhiep", "After DB outage"), "admin", "demo").statusCode() == 201);
            report("database-outage", ids, recovery, receivedOnTopic(ids));
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
            for (String id : before) {
                client.submitPetition(id, id, Petitions.json("hiepthanh", "Two nodes"));
            }
            await().atMost(LONG).until(() -> casesFrom(before) >= before.size());
            String split = "a=" + consumed(a) + " b=" + consumed(b);
            a.kill();
            long killed = System.nanoTime();
            // sent after the kill: those keyed to the dead node's partitions wait until the broker's
            // session timeout hands the partitions to the survivor
            for (String id : after) {
                client.submitPetition(id, id, Petitions.json("hiepthanh", "Two nodes"));
            }
            await().atMost(LONG).until(() -> casesFrom(ids) >= ids.size() && classifyTasks(ids) >= ids.size());
            double recovery = seconds(killed);
            List<String> caseIds = caseIdsOf(ids);
            // every case's reminder fires once, on whichever node holds its timer, the dead node's included
            await().atMost(LONG).until(() -> timeline(caseIds, "reminded") >= caseIds.size());
            long twice = db.sql("""
                    SELECT count(*) FROM (SELECT case_id FROM case_timeline WHERE action = 'reminded' AND case_id IN (:ids)
                    GROUP BY case_id HAVING count(*) > 1) x""").param("ids", caseIds).query(Long.class).single();
            System.out.println("FAULT two-nodes split intake events consumed before the kill: " + split
                    + ", after: b=" + consumed(b) + " (session timeout 10 s)");
            long lost = ids.size() - distinctCases(ids);
            long duplicated = (casesFrom(ids) - distinctCases(ids)) + twice;
            line("two-nodes", ids.size(), lost, duplicated, recovery);
            assertThat(lost).isZero();
            assertThat(duplicated).isZero();
        }
    }

    private void report(String scenario, List<String> ids, double recovery, long onTopic) {
        long total = casesFrom(ids);
        long distinct = distinctCases(ids);
        long tasks = classifyTasks(ids);
        long lost = (ids.size() - distinct) + (distinct - onTopic);
        long duplicated = (total - distinct) + Math.max(0, tasks - distinct);
        line(scenario, ids.size(), lost, duplicated, recovery);
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
    }

    private static void line(String scenario, long count, long lost, long duplicated, double recovery) {
        System.out.printf(Locale.ROOT, "FAULT %s cases=%d lost=%d duplicated=%d recovery_s=%.1f%n", scenario, count, lost,
                duplicated, recovery);
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

    private long distinctCases(List<String> ids) {
        return safeCount("SELECT count(DISTINCT source_event_id) FROM petition_case WHERE source_event_id IN (:ids)", ids);
    }

    private long classifyTasks(List<String> ids) {
        return safeCount("""
                SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                JOIN petition_case c ON c.case_id = e.business_key_
                WHERE t.task_def_key_ = 'UserTaskClassifyPetition' AND c.source_event_id IN (:ids)""", ids);
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

    private long receivedOnTopic(List<String> ids) {
        try (KafkaTestClient client = client()) {
            Set<String> wanted = Set.copyOf(ids);
            return client.readAll("danvan.cases", r -> "vn.danvan.case.received".equals(KafkaTestClient.header(r, "ce_type")))
                    .stream().map(this::sourceEventId).filter(java.util.Objects::nonNull).filter(wanted::contains).distinct()
                    .count(); // cases made through REST have no source event
        }
    }

    private long forwardedOnTopic(List<String> caseIds) {
        try (KafkaTestClient client = client()) {
            Set<String> wanted = Set.copyOf(caseIds);
            return client.readAll("danvan.cases", r -> wanted.contains(r.key())
                    && "vn.danvan.case.forwarded".equals(KafkaTestClient.header(r, "ce_type")))
                    .stream().map(r -> r.key()).distinct().count();
        }
    }

    private long receivedCasesOnTopic(KafkaTestClient client, List<String> caseIds) {
        Set<String> wanted = Set.copyOf(caseIds);
        return client.readAll("danvan.cases", r -> wanted.contains(r.key())
                && "vn.danvan.case.received".equals(KafkaTestClient.header(r, "ce_type"))).stream()
                .map(r -> r.key()).distinct().count();
    }

    /** Cases with two different received events (a re-send of the same event id is not a duplicate). */
    private long duplicateCaseEvents(KafkaTestClient client, List<String> caseIds) {
        Set<String> wanted = Set.copyOf(caseIds);
        return client.readAll("danvan.cases", r -> wanted.contains(r.key())
                && "vn.danvan.case.received".equals(KafkaTestClient.header(r, "ce_type"))).stream()
                .collect(Collectors.groupingBy(r -> r.key(), Collectors.mapping(r -> KafkaTestClient.header(r, "ce_id"),
                        Collectors.toSet())))
                .values().stream().filter(idsOfCase -> idsOfCase.size() > 1).count();
    }

    private String sourceEventId(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        try {
            return json.readTree(record.value()).path("sourceEventId").asText(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private void complete(AppNode node, String caseId, String taskKey, String variables) {
        try {
            var found = node.http().get("/engine-rest/task?processInstanceBusinessKey=" + caseId + "&taskDefinitionKey="
                    + taskKey, "admin", "demo");
            JsonNode tasks = json.readTree(found.body());
            if (tasks.isArray() && !tasks.isEmpty()) {
                node.http().postJson("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete", variables,
                        "admin", "demo");
            }
        } catch (RuntimeException | java.io.IOException e) {
            // the node was killed in the middle: the case is completed again after the restart
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
