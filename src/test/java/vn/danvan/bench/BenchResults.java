package vn.danvan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the figures of each scenario, prints {@code BENCH <scenario> key=value ...} and writes JSON. */
final class BenchResults {

    private final Map<String, Map<String, Object>> scenarios = new LinkedHashMap<>();

    void record(String scenario, Object... keyValues) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            figures.put((String) keyValues[i], round(keyValues[i + 1]));
        }
        scenarios.put(scenario, figures);
        StringBuilder line = new StringBuilder("BENCH ").append(scenario);
        figures.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        System.out.println(line);
    }

    Map<String, Map<String, Object>> all() {
        return scenarios;
    }

    void write(Path file, Map<String, Object> machine) throws IOException {
        Files.createDirectories(file.getParent());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("machine", machine);
        document.put("scenarios", scenarios);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    }

    static void progress(String scenario, long done, long total) {
        System.out.printf(Locale.ROOT, "bench: %s %d/%d%n", scenario, done, total);
    }

    /** p50, p95, p99 of latencies in milliseconds. */
    static double[] percentiles(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new double[] {0, 0, 0};
        }
        return Arrays.stream(new double[] {0.50, 0.95, 0.99})
                .map(q -> sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1_000_000.0)
                .toArray();
    }

    static List<Long> synchronizedList() {
        return java.util.Collections.synchronizedList(new ArrayList<>());
    }

    private static Object round(Object value) {
        if (value instanceof Double d) {
            return Math.round(d * 100) / 100.0;
        }
        return value;
    }
}
