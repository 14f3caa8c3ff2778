package vn.danvan.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import vn.danvan.consistency.CheckScope;
import vn.danvan.consistency.ConsistencyChecker;
import vn.danvan.consistency.ConsistencyReport;

/**
 * After every integration test, the consistency checker over what the test changed: the test fails
 * with the invariant and the subject of every violation still there once the consumers have caught
 * up (the check is repeated until it holds, for at most {@link #PATIENCE}).
 */
public final class ConsistencyCheck implements BeforeEachCallback, AfterEachCallback {

    static final Duration PATIENCE = Duration.ofSeconds(45);
    /**
     * Subjects a test corrupted on purpose to see the checker find them: not held against it, nor
     * against the later tests of the run, which share the database they stay corrupted in.
     */
    private static final java.util.Set<String> PLANTED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ConsistencyCheck.class);

    /** A test that plants a violation on purpose names its subject here. */
    public static void planted(String subjectId) {
        PLANTED.add(subjectId);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Instant engine = ClockUtil.getCurrentTime().toInstant();
        Instant wall = Instant.now();
        // a record's time is the engine's clock, which a test may move either way
        context.getStore(NAMESPACE).put("since", (engine.isBefore(wall) ? engine : wall).minusSeconds(1));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            return; // the test's own failure says more
        }
        Instant since = context.getStore(NAMESPACE).get("since", Instant.class);
        var spring = SpringExtension.getApplicationContext(context);
        ConsistencyChecker checker = spring.getBean(ConsistencyChecker.class);
        JdbcClient jdbc = spring.getBean(JdbcClient.class);
        AtomicReference<ConsistencyReport> last = new AtomicReference<>();
        try {
            // checked at once (most tests leave nothing behind), then every 200 ms while the consumers catch up:
            // Awaitility's default first delay equals the poll interval, which cost every test half a second
            Awaitility.await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() -> {
                ConsistencyReport report = checker.check(CheckScope.changedSince(since, now(jdbc, since)));
                last.set(new ConsistencyReport(report.checkedAt(), report.checked(), report.violations().stream()
                        .filter(v -> !PLANTED.contains(v.subjectId())).toList()));
                return last.get().holds();
            });
        } catch (ConditionTimeoutException e) {
            StringBuilder message = new StringBuilder("The records disagree after the test:");
            last.get().violations().forEach(v -> message.append("\n  ").append(v.line()));
            throw new AssertionError(message.toString());
        }
    }

    /**
     * The latest of the wall clock, the engine's and the last step the test recorded: a test that moved
     * the clock past a reminder and back has its reminder fired, so its timer is rightly gone.
     */
    static Instant now(JdbcClient jdbc, Instant since) {
        Instant latest = Instant.now();
        Instant engine = ClockUtil.getCurrentTime().toInstant();
        if (engine.isAfter(latest)) {
            latest = engine;
        }
        var recorded = jdbc.sql("""
                SELECT greatest((SELECT max(at) FROM case_timeline WHERE at >= :since),
                                (SELECT max(at) FROM dialogue_history WHERE at >= :since),
                                (SELECT max(at) FROM supervision_history WHERE at >= :since))""")
                .param("since", java.sql.Timestamp.from(since)).query(java.sql.Timestamp.class).optional();
        if (recorded.isPresent() && recorded.get() != null && recorded.get().toInstant().isAfter(latest)) {
            latest = recorded.get().toInstant();
        }
        return latest;
    }
}
