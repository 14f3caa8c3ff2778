package vn.danvan.consistency;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly check of everything: each violation to the log, their number to the metric
 * {@code danvan_consistency_violations}, the report to {@code GET /api/admin/consistency}. It only
 * reads, so every node may run it; the figures are the same.
 */
@Component
class NightlyConsistencyCheck {

    private static final Logger log = LoggerFactory.getLogger(NightlyConsistencyCheck.class);

    private final ConsistencyChecker checker;
    private final AtomicReference<ConsistencyReport> latest = new AtomicReference<>();
    private final AtomicLong violations = new AtomicLong();

    NightlyConsistencyCheck(ConsistencyChecker checker, MeterRegistry meters) {
        this.checker = checker;
        Gauge.builder("danvan.consistency.violations", violations, AtomicLong::get)
                .description("Violations the last consistency check found").register(meters);
    }

    @Scheduled(cron = "${danvan.consistency.cron}", zone = "Asia/Ho_Chi_Minh")
    ConsistencyReport run() {
        ConsistencyReport report = checker.check(CheckScope.all(ClockUtil.getCurrentTime().toInstant()));
        report.violations().forEach(v -> log.warn("Consistency: {}", v.line()));
        log.info("Consistency check: {} cases, {} violations", report.checked(), report.violations().size());
        violations.set(report.violations().size());
        latest.set(report);
        return report;
    }

    /** The last nightly report, or a check made now when none ran yet. */
    ConsistencyReport latest() {
        ConsistencyReport report = latest.get();
        return report != null ? report : run();
    }
}
