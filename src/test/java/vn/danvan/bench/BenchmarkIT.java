package vn.danvan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import vn.danvan.messaging.Topics;
import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.messaging.contract.Petitioner;
import vn.danvan.petition.CaseVariables;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;

/**
 * The benchmark (docs/benchmarks.md): every scenario on the application with its embedded broker and
 * database, printing {@code BENCH <scenario> ...} lines and target/bench/results.json. In the normal
 * build it runs small (a smoke test that every scenario works and prints); {@code ./mvnw -Pbench
 * verify} runs it at size, with {@code -Dbench.*} options.
 */
@DanvanIntegrationTest
class BenchmarkIT {

    private static final Duration LONG = Duration.ofMinutes(20);

    private final int cases = Integer.getInteger("bench.cases", 150);
    private final int threads = Integer.getInteger("bench.threads", 3);
    private final int restClients = Integer.getInteger("bench.restClients", 8);
    private final int documentCases = Integer.getInteger("bench.documentCases", 30);
    /** The commune whose receipts the documents scenario times. */
    private static final String DOCUMENTS_UNIT = "ninhgia";
    private final int handoffCases = Integer.getInteger("bench.handoffCases", 40);
    private final double handoffRate = Double.parseDouble(System.getProperty("bench.handoffRate", "50"));
    private final int escalations = Integer.getInteger("bench.escalations", 150);
    private final int dashboardCases = Integer.getInteger("bench.dashboardCases", 20_000);
    private final int dashboardQueries = Integer.getInteger("bench.dashboardQueries", 40);
    /**
     * Only these scenarios (comma-separated, e.g. {@code -Dbench.scenarios=intake-kafka,escalation-burst}),
     * for a quick before/after of one change; empty runs them all. A ratio's baseline runs with it.
     */
    private final java.util.Set<String> only = java.util.Arrays.stream(System.getProperty("bench.scenarios", "").split(","))
            .map(String::trim).filter(name -> !name.isEmpty()).collect(java.util.stream.Collectors.toSet());

    /**
     * From this many cases on, the documents consumer is stopped during the intake scenarios and the
     * receipts they queued are set aside (docs/benchmarks.md): the smoke run in {@code ./mvnw verify}
     * leaves them alone, since it shares the broker with the suite's other tests.
     */
    private static final int AT_SIZE = 1000;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.danvan.privacy.FieldCipher cipher;

    @Autowired
    ProcessEngine engine;

    @Autowired
    PetitionIntake intake;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    AdminClient admin;

    private final BenchResults results = new BenchResults();
    private static final Path OUT = Path.of("target", "bench");
    private BenchProfile profile;

    /** Every scenario of this class, in the order they run; {@code scale-out} is ScaleOutBench's. */
    private static final List<String> SCENARIOS = List.of("db-ceiling", "engine-baseline", "intake-kafka",
            "engine-rest-baseline", "intake-rest", "documents", "handoff", "escalation-burst", "dashboard", "resources");

    @Test
    void everyScenarioRunsAndPrintsItsFigures() throws Exception {
        List<String> unknown = only.stream().filter(name -> !SCENARIOS.contains(name) && !"scale-out".equals(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("-Dbench.scenarios names no scenario: " + unknown + "; the scenarios are "
                    + SCENARIOS + " and scale-out");
        }
        profile = new BenchProfile(jdbc, OUT);
        boolean atSize = cases >= AT_SIZE;
        if (atSize) {
            // receipts of the intake scenarios' cases would otherwise render on the same two cores
            // during every later scenario, and queue ahead of the documents scenario's own
            listeners.getListenerContainer("documents").stop();
        }
        dbCeiling();
        if (runs("engine-baseline") || runs("intake-kafka")) {
            double baseline = engineBaseline();
            if (runs("intake-kafka")) {
                intakeKafka(baseline);
            }
        }
        if (runs("engine-rest-baseline") || runs("intake-rest")) {
            double engineRest = engineRestBaseline();
            if (runs("intake-rest")) {
                intakeRest(engineRest);
            }
        }
        if (runs("documents")) {
            if (atSize) {
                setReceiptBacklogAside("the intake scenarios");
            }
            documents();
        }
        if (runs("handoff")) {
            handoff();
        }
        if (runs("escalation-burst")) {
            escalationBurst();
        }
        if (runs("dashboard")) {
            dashboard();
        }
        resources();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1_048_576);
        machine.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        results.write(OUT.resolve("results.json"), machine);
        BenchChart.write(OUT.resolve("benchmark.png"), results.all(), String.format(java.util.Locale.ROOT,
                "%d cases, %d REST clients, handoff at %s/s, %d escalations; %d cores, fsync=on",
                cases, restClients, handoffRate, escalations, Runtime.getRuntime().availableProcessors()));

        List<String> expected = new ArrayList<>(SCENARIOS);
        expected.removeIf(scenario -> !runs(scenario) && !"resources".equals(scenario) && !"db-ceiling".equals(scenario)
                && !(scenario.equals("engine-baseline") && runs("intake-kafka"))
                && !(scenario.equals("engine-rest-baseline") && runs("intake-rest")));
        assertThat(results.all()).containsOnlyKeys(expected);
        if (runs("documents")) {
            assertThat((Double) results.all().get("documents").get("render_p50_ms")).isPositive();
        }
        if (runs("intake-kafka")) {
            assertThat((Double) results.all().get("intake-kafka").get("cases_per_s")).isPositive();
        }
        assertThat(Files.size(OUT.resolve("results.json"))).isPositive();
        assertThat(Files.size(OUT.resolve("benchmark.png"))).isPositive();
    }

    private boolean runs(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }

    /** Every figure is taken on durable settings: a commit waits for the disk. */
    private void dbCeiling() throws Exception {
        String fsync = jdbc.sql("SHOW fsync").query(String.class).single();
        String synchronousCommit = jdbc.sql("SHOW synchronous_commit").query(String.class).single();
        assertThat(fsync).as("the benchmark measures a durable database").isEqualTo("on");
        assertThat(synchronousCommit).as("the benchmark measures a durable database").isEqualTo("on");
        jdbc.sql("CREATE TABLE IF NOT EXISTS bench_ceiling (id bigserial PRIMARY KEY, v int)").update();
        double one = commitsPerSecond(1);
        double many = commitsPerSecond(8);
        results.record("db-ceiling", "fsync", fsync, "synchronous_commit", synchronousCommit,
                "commits_per_s_1_thread", one, "commits_per_s_8_threads", many);
        jdbc.sql("DROP TABLE bench_ceiling").update();
    }

    private double commitsPerSecond(int workers) throws Exception {
        AtomicLong commits = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        runParallel(workers, workers, i -> {
            while (System.nanoTime() < end) {
                jdbc.sql("INSERT INTO bench_ceiling (v) VALUES (1)").update();
                commits.incrementAndGet();
            }
        });
        return commits.get() / 3.0;
    }

    /** The commune process started straight through the engine: no Kafka, no inbox, no outbox. */
    private double engineBaseline() throws Exception {
        warmUp();
        String unit = "binhthanh";
        List<String> ids = baselineCases(unit, "BASELINE");
        long before = classifyTasks();
        profile.start();
        long started = System.nanoTime();
        runParallel(threads, cases,
                i -> engine.getRuntimeService().createProcessInstanceByKey(PetitionCommuneProcess.KEY)
                .businessKey(ids.get(i)).setVariables(Map.of(CaseVariables.CASE_ID, ids.get(i), CaseVariables.SUBJECT,
                        "Đo hiệu năng",
                        CaseVariables.CONTENT, "Đo hiệu năng", CaseVariables.UNIT_CODE, unit,
                        CaseVariables.ORIGIN_UNIT_CODE, unit)).execute());
        awaitCount(() -> classifyTasks() - before, cases, "engine-baseline");
        double rate = cases / seconds(started);
        Object[] profiled = profile.stop("engine-baseline", cases);
        results.record("engine-baseline", BenchProfile.with(profiled, "cases", cases, "threads", threads,
                "cases_per_s", rate));
        return rate;
    }

    /**
     * The same commune process started the way a Camunda user would without danvan: Camunda's own
     * REST API, by as many concurrent clients as {@code intake-rest} has (case rows made beforehand,
     * as for {@code engine-baseline}, because the process's steps read them).
     */
    private double engineRestBaseline() throws Exception {
        String unit = "tahine";
        List<String> ids = baselineCases(unit, "RESTBASE");
        List<Long> latencies = BenchResults.synchronizedList();
        Http http = new Http(port);
        long before = classifyTasks();
        profile.start();
        long started = System.nanoTime();
        runParallel(restClients, cases, i -> {
            String body = """
                    {"businessKey": "%1$s", "variables": {"caseId": {"value": "%1$s"}, "subject": {"value": "Đo hiệu năng"},
                     "content": {"value": "Đo hiệu năng"}, "unitCode": {"value": "%2$s"}, "originUnitCode": {"value": "%2$s"}}}"""
                    .formatted(ids.get(i), unit);
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.postJson("/engine-rest/process-definition/key/" + PetitionCommuneProcess.KEY + "/start",
                    body, "admin", "demo");
            latencies.add(System.nanoTime() - t0);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("engine REST answered " + response.statusCode() + ": " + response.body());
            }
        });
        double rate = cases / seconds(started);
        awaitCount(() -> classifyTasks() - before, cases, "engine-rest-baseline");
        Object[] profiled = profile.stop("engine-rest-baseline", cases);
        double[] p = BenchResults.percentiles(latencies);
        results.record("engine-rest-baseline", BenchProfile.with(profiled, "cases", cases, "clients", restClients,
                "cases_per_s", rate, "p50_ms", p[0], "p95_ms", p[1], "p99_ms", p[2]));
        return rate;
    }

    /**
     * The first scenario would otherwise also measure the JIT compiling the engine's code paths: a
     * tenth of the cases (at most 300) go through intake first, unmeasured.
     */
    private void warmUp() throws Exception {
        int warm = Math.min(300, Math.max(10, cases / 10));
        createCases("phuhoi", "Khởi động đo hiệu năng", warm);
    }

    /** Case rows for processes started without danvan's intake. */
    private List<String> baselineCases(String unit, String prefix) {
        List<String> ids = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (int i = 0; i < cases; i++) {
            String caseId = prefix + "-" + run + "-" + i;
            ids.add(caseId);
            // made beside danvan's intake on purpose: no case event, so no dashboard row (the
            // escalation burst, which would give them events, suspends their processes)
            vn.danvan.support.ConsistencyCheck.planted(caseId);
            jdbc.sql("""
                    INSERT INTO petition_case (case_id, tracking_code, origin_unit_code, current_level, current_unit_code,
                        status, channel, subject, content, petitioner_name, received_at)
                    VALUES (?, ?, ?, 'COMMUNE', ?, 'RECEIVED', 'ONLINE', 'Đo hiệu năng', 'Đo hiệu năng', ?, now())""")
                    // a tracking code holds 20 characters: two of the prefix, the run, the number (up to 99,999)
                    .params(caseId, prefix.substring(0, 2) + run + i, unit, unit,
                            cipher.seal("petition_case.petitioner_name", "Người đo"))
                    .update();
        }
        return ids;
    }

    private void intakeKafka(double baseline) throws Exception {
        String unit = "tanang";
        long before = classifyTasks();
        var container = listeners.getListenerContainer("petition-intake");
        container.pause();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            String json = vn.danvan.support.Petitions.json(unit, "Đo hiệu năng qua Kafka");
            for (int i = 0; i < cases; i++) {
                kafka.submitPetition("bench-" + UUID.randomUUID(), "bench-" + i, json);
            }
        }
        profile.start();
        long started = System.nanoTime();
        container.resume();
        awaitCount(() -> classifyTasks() - before, cases, "intake-kafka");
        double rate = cases / seconds(started);
        Object[] profiled = profile.stop("intake-kafka", cases);
        results.record("intake-kafka", BenchProfile.with(profiled, "cases", cases, "cases_per_s", rate,
                "ratio", rate / baseline));
    }

    private void intakeRest(double engineRest) throws Exception {
        List<Long> latencies = BenchResults.synchronizedList();
        Http http = new Http(port);
        String json = vn.danvan.support.Petitions.json("lienhiep", "Đo hiệu năng qua REST");
        profile.start();
        long started = System.nanoTime();
        runParallel(restClients, cases, i -> {
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.postJson("/api/petitions", json, "admin", "demo");
            latencies.add(System.nanoTime() - t0);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("intake answered " + response.statusCode() + ": " + response.body());
            }
        });
        double rate = cases / seconds(started);
        Object[] profiled = profile.stop("intake-rest", cases);
        double[] p = BenchResults.percentiles(latencies);
        results.record("intake-rest", BenchProfile.with(profiled, "cases", cases, "clients", restClients,
                "cases_per_s", rate, "p50_ms", p[0], "p95_ms", p[1], "p99_ms", p[2], "ratio", rate / engineRest));
    }

    /**
     * Receipts (docs/documents.md): bursts of REST intake with the documents consumer paused (receipts
     * rendered after the burst) and with it running, in the order without, with, with, without so that
     * a drift of the machine's speed cancels out; each burst waits until every receipt is issued.
     * Render times are the documents module's own timer.
     */
    private void documents() throws Exception {
        var container = listeners.getListenerContainer("documents");
        awaitReceipts("documents (earlier backlog)");
        long renderedBefore = renderTimer().count();
        double renderMsBefore = renderTimer().totalTime(TimeUnit.MILLISECONDS);
        double without = 0;
        double with = 0;
        double alone = 0;
        double lag = 0;
        for (boolean paused : new boolean[] {true, false, false, true}) {
            if (paused) {
                container.pause();
                try {
                    without += restIntake(DOCUMENTS_UNIT, "Đo hiệu năng không có biên nhận") / 2;
                } finally {
                    container.resume();
                }
                long drain = System.nanoTime();
                awaitReceipts("documents (receipts rendered alone)");
                alone += documentCases / seconds(drain) / 2;
            } else {
                with += restIntake(DOCUMENTS_UNIT, "Đo hiệu năng có biên nhận") / 2;
                long afterBurst = System.nanoTime();
                awaitReceipts("documents (receipts after the burst)");
                lag += seconds(afterBurst) / 2;
            }
        }
        var timer = renderTimer();
        var snapshot = timer.takeSnapshot();
        double meanMs = (timer.totalTime(TimeUnit.MILLISECONDS) - renderMsBefore) / Math.max(1, timer.count() - renderedBefore);
        results.record("documents", "cases", documentCases, "render_p50_ms", percentile(snapshot, 0.5),
                "render_p95_ms", percentile(snapshot, 0.95), "render_mean_ms", meanMs, "issued_alone_per_s", alone,
                "intake_without_per_s", without, "intake_with_per_s", with, "ratio", with / without,
                "receipts_done_after_s", lag);
    }

    /**
     * Moves the stopped documents consumer's offsets to the end of its topics, so that the documents
     * scenario times its own receipts rather than the intake scenarios' tens of thousands; the cases
     * set aside keep no receipt (the benchmark's database is thrown away).
     */
    private void setReceiptBacklogAside(String whose) throws Exception {
        String group = "danvan-documents";
        var topics = admin.describeTopics(List.of(Topics.CASES, Topics.DIALOGUES, Topics.SUPERVISIONS)).allTopicNames().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topics.values().forEach(topic -> topic.partitions().forEach(
                partition -> latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, new OffsetAndMetadata(info.offset())));
        long committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                .filter(java.util.Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
        long end = ends.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
        await("documents consumer left its group").atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                admin.alterConsumerGroupOffsets(group, ends).all().get());
        System.out.printf("bench: documents: %d receipts of %s set aside%n", end - committed, whose);
        listeners.getListenerContainer("documents").start();
    }

    private io.micrometer.core.instrument.Timer renderTimer() {
        return meters.get("danvan.documents.render").timer();
    }

    private static double percentile(io.micrometer.core.instrument.distribution.HistogramSnapshot snapshot, double p) {
        for (var value : snapshot.percentileValues()) {
            if (Math.abs(value.percentile() - p) < 1e-9) {
                return value.value(TimeUnit.MILLISECONDS);
            }
        }
        return Double.NaN;
    }

    /** REST intake at the unit by the scenario's clients; @return cases per second. */
    private double restIntake(String unit, String subject) throws Exception {
        Http http = new Http(port);
        String json = vn.danvan.support.Petitions.json(unit, subject);
        long started = System.nanoTime();
        runParallel(restClients, documentCases, i -> {
            HttpResponse<String> response = http.postJson("/api/petitions", json, "admin", "demo");
            if (response.statusCode() != 201) {
                throw new IllegalStateException("intake answered " + response.statusCode() + ": " + response.body());
            }
        });
        return documentCases / seconds(started);
    }

    /** Until every received case has its receipt. */
    /**
     * Until every case of the scenario's commune has its receipt. Only that commune's: in the normal
     * {@code ./mvnw verify} the suite's earlier cases leave a backlog of receipts that rendering
     * works off at its yielding pace, which is not what this scenario measures (the bench profile
     * runs alone, with no such backlog).
     */
    private void awaitReceipts(String scenario) {
        awaitCount(() -> -jdbc.sql("""
                SELECT count(*) FROM case_timeline t JOIN petition_case c ON c.case_id = t.case_id
                WHERE t.action = 'received' AND c.origin_unit_code = ? AND NOT EXISTS (
                    SELECT 1 FROM document d WHERE d.subject_type = 'CASE' AND d.subject_id = t.case_id AND d.kind = 'RECEIPT')""")
                .param(DOCUMENTS_UNIT).query(Long.class).single(), 0, scenario);
    }

    /** Commune forwards at a steady rate; latency from its commit to the district's task. */
    private void handoff() throws Exception {
        List<String> ids = createCases("ntholha", "Đo chuyển cấp", handoffCases);
        for (String caseId : ids) {
            complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                    Map.of(CaseVariables.CASE_TYPE, "COMPLAINT", CaseVariables.SUBJECT_AREA, "LAND",
                    CaseVariables.COMPLEXITY, "NORMAL", CaseVariables.REMOTE_AREA, false,
                    CaseVariables.CONCERNS_PARTY_MEMBER, false, CaseVariables.DISTRICT_DECISION, true));
        }
        Map<String, Instant> committed = new java.util.concurrent.ConcurrentHashMap<>();
        long interval = (long) (1_000_000_000L / handoffRate);
        var pacer = Executors.newScheduledThreadPool(4);
        try {
            List<java.util.concurrent.ScheduledFuture<?>> sends = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String caseId = ids.get(i);
                sends.add(pacer.schedule(() -> {
                    complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                            Map.of(PetitionCommuneProcess.HANDLING, "FORWARD", CaseVariables.FORWARD_REASON, "Đo"));
                    committed.put(caseId, Instant.now());
                }, i * interval, TimeUnit.NANOSECONDS));
            }
            for (var send : sends) {
                send.get(LONG.toMinutes(), TimeUnit.MINUTES);
            }
        } finally {
            pacer.shutdownNow();
        }
        awaitCount(() -> jdbc.sql("""
                SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                WHERE t.task_def_key_ = 'UserTaskAcceptCase' AND e.business_key_ IN (:ids)""")
                .param("ids", ids).query(Long.class).single(), ids.size(), "handoff");
        List<Long> latencies = new ArrayList<>();
        jdbc.sql("""
                SELECT e.business_key_ AS case_id, t.create_time_ AS created FROM act_ru_task t
                JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                WHERE t.task_def_key_ = 'UserTaskAcceptCase' AND e.business_key_ IN (:ids)""").param("ids", ids)
                .query(rs -> {
                    Instant created = rs.getTimestamp("created").toInstant();
                    latencies.add(Math.max(0, Duration.between(committed.get(rs.getString("case_id")), created).toNanos()));
                });
        double[] p = BenchResults.percentiles(latencies);
        results.record("handoff", "cases", ids.size(), "offered_per_s", handoffRate, "p50_ms", p[0], "p95_ms", p[1],
                "p99_ms", p[2]);
    }

    /** Cases whose classification falls due at once: the job executor escalates them all. */
    private void escalationBurst() throws Exception {
        String subject = "Đo báo quá hạn " + UUID.randomUUID();
        // the earlier scenarios' tens of thousands of open cases would fall due in the same window:
        // their instances (and so their timer jobs) wait suspended until the burst is over
        var suspension = engine.getRuntimeService();
        for (String key : vn.danvan.petition.CaseProcesses.KEYS) {
            suspension.updateProcessInstanceSuspensionState().byProcessDefinitionKey(key).suspend();
        }
        boolean atSize = cases >= AT_SIZE;
        if (atSize) {
            // the burst's cases were received days before they fall due, so their receipts were issued
            // long ago: rendering ten thousand of them now would take the burst's two cores (a third of
            // the JVM's samples in the 2026-12-01 profile were in DocumentIssuing)
            listeners.getListenerContainer("documents").stop();
        }
        List<String> ids = createCases("lienhiep", subject, escalations);
        if (atSize) {
            setReceiptBacklogAside("the burst's cases");
        }
        try {
            ClockUtil.setCurrentTime(Date.from(latest("remind_at", ids).plusSeconds(1)));
            awaitCount(() -> timeline(ids, "reminded"), ids.size(), "escalation-burst (reminders first)");
            long escalatedBefore = escalatedRows();
            profile.start();
            ClockUtil.setCurrentTime(Date.from(latest("due_at", ids).plusSeconds(1)));
            long started = System.nanoTime();
            // the other cases' processes are suspended, so every escalation and follow-up task made now is
            // the burst's: plain counts instead of lists of its ten thousand ids, which cost the database
            // 88 s of the scenario's time when polled
            long followUpsBefore = followUps();
            awaitCount(() -> Math.min(escalatedRows() - escalatedBefore, followUps() - followUpsBefore), ids.size(),
                    "escalation-burst");
            await().atMost(LONG).until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                    .query(Long.class).single() == 0);
            double elapsed = seconds(started);
            // the open cases of the earlier scenarios fall due too: their escalations share the window,
            // so the profile counts per escalation made, and escalations_total says how many there were
            long total = escalatedRows() - escalatedBefore;
            Object[] profiled = profile.stop("escalation-burst", total);
            results.record("escalation-burst", BenchProfile.with(profiled, "escalations", ids.size(), "seconds",
                    elapsed, "escalations_per_s", ids.size() / elapsed, "escalations_total", total));
        } finally {
            ClockUtil.reset();
            for (String key : vn.danvan.petition.CaseProcesses.KEYS) {
                suspension.updateProcessInstanceSuspensionState().byProcessDefinitionKey(key).activate();
            }
        }
    }

    /** Summary and list timings over a read model loaded with synthetic cases. */
    private void dashboard() throws Exception {
        long loadStart = System.nanoTime();
        jdbc.sql("""
                INSERT INTO dash_case (case_id, origin_unit, current_level, current_unit, status, state, case_type,
                    subject_area, channel, received_at, received_month, due_at, escalations, last_sequence, updated_at)
                SELECT 'BENCH-' || g, u.code, 'COMMUNE', u.code, 'CLASSIFIED',
                       (ARRAY['OPEN','DUE_SOON','LATE','VERY_LATE','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + g % 8],
                       (ARRAY['COMPLAINT','DENUNCIATION','RECOMMENDATION','FEEDBACK'])[1 + g % 4], 'LAND', 'WALK_IN',
                       timestamp '2025-01-01' + (g % 700) * interval '1 day',
                       date_trunc('month', timestamp '2025-01-01' + (g % 700) * interval '1 day')::date,
                       timestamp '2025-01-20' + (g % 700) * interval '1 day', g % 3, 1, now()
                FROM generate_series(1, ?) g
                JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM unit WHERE level_code = 'COMMUNE') u
                  ON u.n = g % 15""").param(dashboardCases).update();
        bucketsOfBenchRows(1);
        jdbc.sql("ANALYZE dash_case").update();
        jdbc.sql("ANALYZE dash_case_bucket").update();
        double loadSeconds = seconds(loadStart);
        Http http = new Http(port);
        List<Long> summary = time(dashboardQueries, () -> http.get("/api/dashboard/summary", "admin", "demo"));
        List<Long> list = time(dashboardQueries,
                () -> http.get("/api/dashboard/cases?unit=liennghia&state=LATE&size=50", "admin", "demo"));
        double[] s = BenchResults.percentiles(summary);
        double[] l = BenchResults.percentiles(list);
        results.record("dashboard", "cases", dashboardCases, "load_s", loadSeconds, "summary_p50_ms", s[0],
                "summary_p95_ms", s[1], "list_p50_ms", l[0], "list_p95_ms", l[1]);
        bucketsOfBenchRows(-1);
        jdbc.sql("DELETE FROM dash_case WHERE case_id LIKE 'BENCH-%'").update();
    }

    private void resources() throws Exception {
        long rssKb = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        results.record("resources", "rss_mb", rssKb / 1024, "cpu_s", os.getProcessCpuTime() / 1e9,
                "heap_used_mb", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_048_576);
    }

    private void bucketsOfBenchRows(int sign) {
        jdbc.sql("""
                INSERT INTO dash_case_bucket AS b (origin_unit, current_level, case_type, received_month, state, cases,
                    escalated_cases, escalations, closed_on_time)
                SELECT origin_unit, current_level, case_type, received_month, state, ? * count(*),
                       ? * count(*) FILTER (WHERE escalations > 0), ? * sum(escalations),
                       ? * count(*) FILTER (WHERE state = 'CLOSED' AND escalations = 0)
                FROM dash_case WHERE case_id LIKE 'BENCH-%' GROUP BY 1, 2, 3, 4, 5
                ON CONFLICT (origin_unit, current_level, case_type, received_month, state) DO UPDATE SET
                    cases = b.cases + excluded.cases, escalated_cases = b.escalated_cases + excluded.escalated_cases,
                    escalations = b.escalations + excluded.escalations, closed_on_time = b.closed_on_time + excluded.closed_on_time""")
                .params(sign, sign, sign, sign).update();
    }

    private List<String> createCases(String unit, String subject, int count) throws Exception {
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        runParallel(threads, count, i -> ids.add(intake.submit(new PetitionSubmission(unit, PetitionSubmission.Channel.ONLINE,
                null, subject, "Đo hiệu năng", null, new Petitioner("Người đo " + i, null, null), null), null, "bench")
                .caseId()));
        return new ArrayList<>(ids);
    }

    private void complete(String caseId, String taskKey, Map<String, Object> variables) {
        Task task = await().atMost(LONG).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(caseId).taskDefinitionKey(taskKey).singleResult(), t -> t != null);
        engine.getTaskService().complete(task.getId(), variables);
    }

    /**
     * Classification tasks open anywhere: a scenario counts the ones it adds, since nothing else makes
     * any while it runs. One scan of the task table; the join through candidate groups this replaced cost
     * the database 57 ms a poll at 20,000 cases (53 s of the intake scenario's database time went to
     * watching it).
     */
    private long classifyTasks() {
        return jdbc.sql("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'UserTaskClassifyPetition'")
                .query(Long.class).single();
    }

    private long timeline(List<String> ids, String action) {
        return jdbc.sql("SELECT count(DISTINCT case_id) FROM case_timeline WHERE action = :action AND case_id IN (:ids)")
                .param("action", action).param("ids", ids).query(Long.class).single();
    }

    private long followUps() {
        return jdbc.sql("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'UserTaskFollowUpLateClassifyPetition'")
                .query(Long.class).single();
    }

    private long escalatedRows() {
        return jdbc.sql("SELECT count(*) FROM case_timeline WHERE action = 'escalated'").query(Long.class).single();
    }

    private Instant latest(String column, List<String> ids) {
        return jdbc.sql("SELECT max(" + column + ") FROM deadline WHERE subject_id IN (:ids)").param("ids", ids)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private static void awaitCount(LongSupplier count, long target, String scenario) {
        long[] last = {-1};
        // half a second: each poll is a query on the same two cores, and at this size the scenarios run for minutes
        await().atMost(LONG).pollInterval(Duration.ofMillis(500)).until(() -> {
            long now = count.getAsLong();
            if (now / Math.max(1, target / 5) != last[0] / Math.max(1, target / 5)) {
                BenchResults.progress(scenario, now, target);
            }
            last[0] = now;
            return now >= target;
        });
    }

    private static List<Long> time(int times, Runnable call) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            call.run();
            nanos.add(System.nanoTime() - t0);
        }
        return nanos;
    }

    private static void runParallel(int workers, int tasks, IndexedTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    task.run(index);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(LONG.toMinutes(), TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @FunctionalInterface
    private interface IndexedTask {
        void run(int index) throws Exception;
    }
}
