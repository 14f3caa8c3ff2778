package vn.danvan.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures as Prometheus gauges ({@code danvan_cases_*}), read from the summary
 * buckets every 30 seconds, so scraping never scans the cases.
 */
@Component
class DashboardMetrics {

    private final JdbcClient jdbc;
    private final MultiGauge open;
    private final MultiGauge late;
    private final MultiGauge escalations;
    private final MultiGauge onTime;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DashboardMetrics.class);

    DashboardMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.open = MultiGauge.builder("danvan.cases.open").description("Open petition cases by level and unit")
                .register(registry);
        this.late = MultiGauge.builder("danvan.cases.late").description("Cases past their step's due date (late or very late)")
                .register(registry);
        this.escalations = MultiGauge.builder("danvan.cases.escalations")
                .description("Escalations of late steps, by unit that received the case").register(registry);
        this.onTime = MultiGauge.builder("danvan.cases.on.time.ratio")
                .description("Share of closed cases answered without ever being late").register(registry);
    }

    @Scheduled(fixedDelayString = "${danvan.dashboard.metrics-interval:PT30S}", initialDelay = 5_000)
    void refresh() {
        List<Map<String, Object>> rows;
        try {
            rows = read();
        } catch (org.springframework.dao.DataAccessException e) {
            // database unreachable: the gauges keep their last values until the next round
            log.warn("Dashboard gauges not refreshed: {}", e.getMessage());
            return;
        }
        register(rows);
    }

    private List<Map<String, Object>> read() {
        return jdbc.sql("""
                SELECT origin_unit, current_level,
                       coalesce(sum(cases) FILTER (WHERE state <> 'CLOSED'), 0) AS open,
                       coalesce(sum(cases) FILTER (WHERE state IN ('LATE', 'VERY_LATE')), 0) AS late,
                       coalesce(sum(escalations), 0) AS escalations,
                       coalesce(sum(cases) FILTER (WHERE state = 'CLOSED'), 0) AS closed,
                       coalesce(sum(closed_on_time), 0) AS on_time
                FROM dash_case_bucket GROUP BY origin_unit, current_level""").query().listOfRows();
    }

    private void register(List<Map<String, Object>> rows) {
        open.register(rows.stream().map(r -> MultiGauge.Row.of(Tags.of("unit", (String) r.get("origin_unit"),
                "level", (String) r.get("current_level")), number(r, "open"))).toList(), true);
        late.register(rows.stream().map(r -> MultiGauge.Row.of(Tags.of("unit", (String) r.get("origin_unit"),
                "level", (String) r.get("current_level")), number(r, "late"))).toList(), true);
        escalations.register(rows.stream().map(r -> MultiGauge.Row.of(Tags.of("unit", (String) r.get("origin_unit"),
                "level", (String) r.get("current_level")), number(r, "escalations"))).toList(), true);
        onTime.register(rows.stream().filter(r -> number(r, "closed") > 0).map(r -> MultiGauge.Row.of(
                Tags.of("unit", (String) r.get("origin_unit"), "level", (String) r.get("current_level")),
                number(r, "on_time") / number(r, "closed"))).toList(), true);
    }

    private static double number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }
}
