package vn.danvan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evidence behind a scenario's figure: the SQL statements PostgreSQL ran for it (from
 * {@code pg_stat_statements}, when the server preloads it as the bench profile makes it) and where the
 * JVM's CPU went (a JFR recording, summarised by the frame each sample was taken in). Written to
 * {@code target/bench/<scenario>-statements.txt}, {@code -cpu.txt} and {@code .jfr}.
 */
final class BenchProfile {

    private final JdbcClient jdbc;
    private final Path dir;
    private final boolean statements;
    private Recording recording;
    private long cpuAtStart;

    BenchProfile(JdbcClient jdbc, Path dir) {
        this.jdbc = jdbc;
        this.dir = dir;
        this.statements = "pg_stat_statements".equals(jdbc.sql("SHOW shared_preload_libraries")
                .query(String.class).single());
        if (statements) {
            jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
        }
    }

    void start() throws IOException, java.text.ParseException {
        if (statements) {
            jdbc.sql("SELECT pg_stat_statements_reset()").query().singleRow();
        }
        recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        cpuAtStart = cpuNanos();
    }

    /**
     * @return figures per case that a busy machine does not change much, unlike rates: the statements
     *     PostgreSQL ran (0 when pg_stat_statements is not loaded), the milliseconds it spent executing
     *     them, and the CPU milliseconds of this JVM (application, broker and the benchmark's clients)
     */
    Object[] stop(String scenario, long cases) throws IOException {
        double cpuMs = (cpuNanos() - cpuAtStart) / 1e6 / cases;
        Files.createDirectories(dir);
        recording.stop();
        Path jfr = dir.resolve(scenario + ".jfr");
        recording.dump(jfr);
        recording.close();
        Files.writeString(dir.resolve(scenario + "-cpu.txt"), cpuSummary(jfr));
        if (!statements) {
            return new Object[] {"jvm_cpu_ms_per_case", cpuMs};
        }
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, rows, query
                FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY calls DESC""")
                .query().listOfRows();
        long calls = rows.stream().mapToLong(row -> ((Number) row.get("calls")).longValue()).sum();
        double dbMs = rows.stream().mapToDouble(row -> ((Number) row.get("total_ms")).doubleValue()).sum() / cases;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d statements for %d cases = %.1f per case%n%ncalls/case  calls  total_ms  rows  query%n",
                scenario, calls, cases, calls / (double) cases));
        for (Map<String, Object> row : rows) {
            long n = ((Number) row.get("calls")).longValue();
            text.append(String.format(Locale.ROOT, "%8.2f %8d %9s %6s  %s%n", n / (double) cases, n, row.get("total_ms"),
                    row.get("rows"), row.get("query").toString().replaceAll("\\s+", " ")));
        }
        Files.writeString(dir.resolve(scenario + "-statements.txt"), text);
        return new Object[] {"statements_per_case", calls / (double) cases, "db_ms_per_case", dbMs,
            "jvm_cpu_ms_per_case", cpuMs};
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** One scenario's figures followed by its profile's. */
    static Object[] with(Object[] profile, Object... figures) {
        Object[] all = java.util.Arrays.copyOf(figures, figures.length + profile.length);
        System.arraycopy(profile, 0, all, figures.length, profile.length);
        return all;
    }

    /** Samples by the code they were taken in: a package group of the top frame, and the top methods. */
    private static String cpuSummary(Path jfr) throws IOException {
        Map<String, Integer> groups = new HashMap<>();
        Map<String, Integer> methods = new HashMap<>();
        Map<String, Integer> danvan = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            String top = frames.get(0).getMethod().getType().getName();
            groups.merge(group(top), 1, Integer::sum);
            methods.merge(top + "." + frames.get(0).getMethod().getName(), 1, Integer::sum);
            frames.stream().map(f -> f.getMethod().getType().getName()).filter(t -> t.startsWith("vn.danvan."))
                    .distinct().forEach(t -> danvan.merge(t, 1, Integer::sum));
        }
        StringBuilder text = new StringBuilder("samples: " + total + "\n\nself time by code (top frame)\n");
        append(text, groups, total, 20);
        text.append("\nhottest methods (self)\n");
        append(text, methods, total, 30);
        text.append("\ndanvan classes on the stack (inclusive)\n");
        append(text, danvan, total, 30);
        return text.toString();
    }

    private static void append(StringBuilder text, Map<String, Integer> counts, int total, int limit) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        sorted.stream().limit(limit).forEach(e -> text.append(String.format(Locale.ROOT, "%6.1f%%  %s%n",
                100.0 * e.getValue() / Math.max(1, total), e.getKey())));
    }

    private static String group(String type) {
        for (String prefix : new String[] {"vn.danvan.", "org.camunda.bpm.engine.impl.db", "org.camunda.bpm.engine.impl.persistence",
                "org.camunda.bpm.engine.impl.history", "org.camunda.bpm.engine.impl.el", "org.camunda.bpm.dmn",
                "org.camunda.bpm.engine", "org.camunda.bpm.model", "org.camunda", "org.apache.ibatis", "org.postgresql",
                "com.zaxxer.hikari", "org.apache.kafka", "kafka.", "org.springframework.security",
                "org.springframework.modulith", "org.springframework", "com.fasterxml.jackson", "org.apache.catalina",
                "org.apache.coyote", "org.apache.tomcat", "io.micrometer", "ch.qos.logback", "java.util.regex",
                "java.util.concurrent", "java.lang.invoke", "java.", "jdk.", "sun.", "javax.crypto"}) {
            if (type.startsWith(prefix)) {
                return prefix;
            }
        }
        return "other";
    }
}
