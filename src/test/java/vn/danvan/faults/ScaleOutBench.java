package vn.danvan.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.Petitions;

/**
 * The scale-out figure of the benchmark (docs/benchmarks.md): the same intake on one application node,
 * then on two nodes sharing one PostgreSQL and one broker, each node its own {@code java -jar
 * target/danvan-server.jar} process (the production artifact) as an office would run several. Kafka intake: the nodes' consumers share
 * the topic's six partitions (6 consumer threads on one node, 3 on each of two, so both shapes use
 * every partition). REST intake: the same number of clients, all on the one node, or half on each.
 * Durable settings (fsync on). Prints {@code BENCH scale-out ...}; asserts only that every petition
 * became a case. Runs in {@code ./mvnw -Pbench verify} only: it starts four processes.
 */
class ScaleOutBench {

    private static final Duration LONG = Duration.ofMinutes(20);

    private final int cases = Integer.getInteger("bench.scaleOutCases", 3000);
    private final int restClients = Integer.getInteger("bench.restClients", 16);
    private final Path base = Path.of("target", "bench", "scale-out-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void twoNodesShareTheIntake() throws Exception {
        String only = System.getProperty("bench.scenarios", "");
        org.junit.jupiter.api.Assumptions.assumeTrue(only.isBlank() || only.contains("scale-out"),
                "bench.scenarios=" + only + " leaves scale-out out");
        try (PostgresProcess postgres = new PostgresProcess(base.resolve("postgres"), true);
                KafkaProcess kafka = new KafkaProcess(base.resolve("kafka"))) {
            postgres.start();
            kafka.start();
            JdbcClient db = JdbcClient.create(postgres.dataSource());
            List<String> lines = new ArrayList<>();
            double[] one;
            double[] two;
            try (AppNode a = node("one-node", postgres, kafka, 6).start(); KafkaTestClient client = new KafkaTestClient(kafka.bootstrapServers())) {
                warmUp(db, client, List.of(a));
                one = measure(db, client, List.of(a));
                // the production shape's memory after its intake (-Xmx512m, no embedded broker or database)
                lines.add(String.format(Locale.ROOT, "BENCH scale-out-memory node_rss_mb=%d after_cases=%d",
                        a.residentMb(), 2 * (cases + warmCases())));
            }
            try (AppNode a = node("two-nodes-a", postgres, kafka, 3).start(); AppNode b = node("two-nodes-b", postgres, kafka, 3).start();
                    KafkaTestClient client = new KafkaTestClient(kafka.bootstrapServers())) {
                warmUp(db, client, List.of(a, b));
                two = measure(db, client, List.of(a, b));
            }
            lines.add(line(1, one, 1, 1));
            lines.add(line(2, two, two[0] / one[0], two[1] / one[1]));
            lines.forEach(System.out::println);
            assertThat(one[0]).isPositive();
            assertThat(two[0]).isPositive();
        }
    }

    private AppNode node(String name, PostgresProcess postgres, KafkaProcess kafka, int consumers) throws Exception {
        return new AppNode(name, postgres, kafka, base.resolve("logs"), false, "--DANVAN_KAFKA_CONCURRENCY=" + consumers);
    }

    /** Unmeasured: the nodes' code paths compiled and their consumers holding their partitions. */
    private void warmUp(JdbcClient db, KafkaTestClient client, List<AppNode> nodes) {
        kafkaIntake(db, client, warmCases(), "Khởi động");
        restIntake(db, nodes, warmCases(), "Khởi động");
    }

    private int warmCases() {
        return Math.min(300, Math.max(20, cases / 10));
    }

    /** @return Kafka intake cases/s, REST intake cases/s, REST p99 ms */
    private double[] measure(JdbcClient db, KafkaTestClient client, List<AppNode> nodes) {
        double kafka = kafkaIntake(db, client, cases, "Đo mở rộng");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        double rest = restIntake(db, nodes, cases, "Đo mở rộng", latencies);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
        return new double[] {kafka, rest, p99};
    }

    private double kafkaIntake(JdbcClient db, KafkaTestClient client, int count, String subject) {
        long before = classifyTasks(db);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("scale-" + UUID.randomUUID());
        }
        long started = System.nanoTime();
        client.submitPetitions(ids, Petitions.json("tanang", subject));
        awaitTasks(db, before + count);
        return count / seconds(started);
    }

    private double restIntake(JdbcClient db, List<AppNode> nodes, int count, String subject) {
        return restIntake(db, nodes, count, subject, Collections.synchronizedList(new ArrayList<>()));
    }

    private double restIntake(JdbcClient db, List<AppNode> nodes, int count, String subject, List<Long> latencies) {
        long before = classifyTasks(db);
        String json = Petitions.json("tahine", subject);
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(restClients);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < restClients; c++) {
                AppNode node = nodes.get(c % nodes.size());
                done.add(clients.submit(() -> {
                    var http = node.http();
                    while (next.getAndIncrement() < count) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> answer = http.postJson("/api/petitions", json, "admin", "demo");
                        latencies.add(System.nanoTime() - t0);
                        if (answer.statusCode() != 201) {
                            throw new IllegalStateException(node.name() + " answered " + answer.statusCode() + ": " + answer.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : done) {
                client.get(LONG.toMinutes(), TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("REST intake failed: " + e.getMessage(), e);
        } finally {
            clients.shutdownNow();
        }
        awaitTasks(db, before + count);
        return count / seconds(started);
    }

    private static void awaitTasks(JdbcClient db, long target) {
        await().atMost(LONG).pollInterval(Duration.ofMillis(500)).until(() -> classifyTasks(db) >= target);
    }

    private static long classifyTasks(JdbcClient db) {
        return db.sql("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'UserTaskClassifyPetition'")
                .query(Long.class).single();
    }

    private String line(int nodes, double[] figures, double kafkaScale, double restScale) {
        return String.format(Locale.ROOT, "BENCH scale-out nodes=%d cases=%d intake_kafka_per_s=%.2f intake_rest_per_s=%.2f "
                + "rest_clients=%d rest_p99_ms=%.2f kafka_vs_one_node=%.2f rest_vs_one_node=%.2f cores=%d",
                nodes, cases, figures[0], figures[1], restClients, figures[2], kafkaScale, restScale,
                Runtime.getRuntime().availableProcessors());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
