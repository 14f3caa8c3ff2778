package vn.danvan.dashboard;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the summary's buckets in step with the case rows: a changed case takes its contribution out
 * of its old bucket and puts the new one into its new bucket, in the same transaction.
 */
@Component
class Buckets {

    private final JdbcClient jdbc;

    Buckets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void move(CaseRow before, CaseRow after) {
        if (before != null) {
            add(before, -1);
        }
        add(after, 1);
    }

    private void add(CaseRow r, int sign) {
        jdbc.sql("""
                INSERT INTO dash_case_bucket AS b (origin_unit, current_level, case_type, received_month, state, cases,
                    escalated_cases, escalations, closed_on_time, classify_n, classify_s, accept_n, accept_s,
                    resolve_n, resolve_s, answer_n, answer_s, against_table)
                VALUES (:unit, :level, :type, :month, :state, :cases, :escalated, :escalations, :onTime,
                    :cn, :cs, :an, :as, :rn, :rs, :wn, :ws, :against)
                ON CONFLICT (origin_unit, current_level, case_type, received_month, state) DO UPDATE SET
                    cases = b.cases + excluded.cases, escalated_cases = b.escalated_cases + excluded.escalated_cases,
                    escalations = b.escalations + excluded.escalations,
                    closed_on_time = b.closed_on_time + excluded.closed_on_time,
                    classify_n = b.classify_n + excluded.classify_n, classify_s = b.classify_s + excluded.classify_s,
                    accept_n = b.accept_n + excluded.accept_n, accept_s = b.accept_s + excluded.accept_s,
                    resolve_n = b.resolve_n + excluded.resolve_n, resolve_s = b.resolve_s + excluded.resolve_s,
                    answer_n = b.answer_n + excluded.answer_n, answer_s = b.answer_s + excluded.answer_s,
                    against_table = b.against_table + excluded.against_table""")
                .param("unit", r.originUnit()).param("level", r.currentLevel()).param("type", r.caseType())
                .param("month", r.receivedMonth()).param("state", r.state()).param("cases", sign)
                .param("escalated", r.escalations() > 0 ? sign : 0).param("escalations", sign * r.escalations())
                .param("onTime", r.closedOnTime() ? sign : 0).param("against", r.againstTable() ? sign : 0)
                .param("cn", n(r.receivedAt(), r.classifiedAt()) * sign).param("cs", s(r.receivedAt(), r.classifiedAt()) * sign)
                .param("an", n(r.classifiedAt(), r.acceptedAt()) * sign).param("as", s(r.classifiedAt(), r.acceptedAt()) * sign)
                .param("rn", n(r.acceptedAt(), r.resolvedAt()) * sign).param("rs", s(r.acceptedAt(), r.resolvedAt()) * sign)
                .param("wn", n(r.resolvedAt(), r.closedAt()) * sign).param("ws", s(r.resolvedAt(), r.closedAt()) * sign)
                .update();
        if (r.closedAt() != null && r.closed()) {
            jdbc.sql("""
                    INSERT INTO dash_closed_bucket AS b (origin_unit, case_type, closed_month, closed, on_time)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (origin_unit, case_type, closed_month) DO UPDATE SET
                        closed = b.closed + excluded.closed, on_time = b.on_time + excluded.on_time""")
                    .params(r.originUnit(), r.caseType(), CaseRow.month(r.closedAt()), sign, r.closedOnTime() ? sign : 0)
                    .update();
        }
    }

    private static int n(Instant from, Instant to) {
        return from != null && to != null ? 1 : 0;
    }

    private static double s(Instant from, Instant to) {
        return from != null && to != null ? Math.max(0, Duration.between(from, to).toMillis() / 1000.0) : 0;
    }
}
