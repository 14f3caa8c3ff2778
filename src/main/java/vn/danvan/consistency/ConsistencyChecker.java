package vn.danvan.consistency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks every invariant over a scope. It only reads, over JDBC, so the fault suite runs it against
 * the database its nodes shared as well as the application does against its own.
 */
public final class ConsistencyChecker {

    private final JdbcClient jdbc;
    private final List<Invariant> invariants;

    /** @param resendWindow how long an event may stay unsent in the outbox while it works */
    public ConsistencyChecker(JdbcClient jdbc, Duration resendWindow) {
        this.jdbc = jdbc;
        this.invariants = List.of(new CaseProcessInvariant(jdbc), new TimedTaskInvariant(jdbc),
                new EventSequenceInvariant(jdbc), new DashboardInvariant(jdbc), new OutboxInvariant(jdbc, resendWindow),
                new LinkInvariant(jdbc));
    }

    public ConsistencyReport check(CheckScope scope) {
        List<Violation> violations = new ArrayList<>();
        for (Invariant invariant : invariants) {
            violations.addAll(invariant.check(scope));
        }
        long checked = jdbc.sql("SELECT count(*) FROM petition_case c WHERE true" + CaseSelection.condition(scope, "c"))
                .params(CaseSelection.parameters(scope)).query(Long.class).single();
        return new ConsistencyReport(scope.now(), checked, List.copyOf(violations));
    }

    /** Each invariant's id and rule, in the order they are checked (docs/reliability.md lists them). */
    public List<String[]> rules() {
        return invariants.stream().map(i -> new String[] {i.id(), i.rule()}).toList();
    }
}
