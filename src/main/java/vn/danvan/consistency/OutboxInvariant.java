package vn.danvan.consistency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every event written to the outbox reaches Kafka: no publication stays incomplete past the window in
 * which the outbox sends it again (Spring Modulith's event publication registry).
 */
final class OutboxInvariant implements Invariant {

    static final String ID = "outbox-complete";

    private final JdbcClient jdbc;
    private final Duration resendWindow;

    OutboxInvariant(JdbcClient jdbc, Duration resendWindow) {
        this.jdbc = jdbc;
        this.resendWindow = resendWindow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String rule() {
        return "No event publication in the outbox stays incomplete longer than the resend window ("
                + resendWindow + ", by the wall clock the registry uses): every event reaches Kafka.";
    }

    @Override
    public List<Violation> check(CheckScope scope) {
        if (scope.caseId() != null) {
            return List.of(); // publications are not kept per case
        }
        return jdbc.sql("""
                SELECT id, event_type, publication_date FROM event_publication
                WHERE completion_date IS NULL AND publication_date < ? ORDER BY publication_date LIMIT 1000""")
                .param(Timestamp.from(Instant.now().minus(resendWindow)))
                .query((rs, n) -> new Violation(ID, rs.getString("id"), rs.getString("event_type")
                        + " published " + rs.getTimestamp("publication_date").toInstant() + " is not yet on Kafka"))
                .list();
    }
}
