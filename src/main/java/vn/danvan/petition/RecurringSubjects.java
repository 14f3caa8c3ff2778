package vn.danvan.petition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Subject areas that come back again and again in one commune: the petition signal that a
 * supervision campaign may be worth running (the supervision module proposes one).
 */
@Service
public class RecurringSubjects {

    private final JdbcClient jdbc;

    RecurringSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Classified cases received in {@code [from, to)}, grouped by commune and subject area, where a
     * group holds at least {@code threshold} cases.
     */
    public List<RecurringSubject> find(int threshold, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT origin_unit_code, subject_area, string_agg(case_id, ',' ORDER BY case_id) AS case_ids
                FROM petition_case
                WHERE subject_area IS NOT NULL AND received_at >= ? AND received_at < ?
                GROUP BY origin_unit_code, subject_area
                HAVING count(*) >= ?
                ORDER BY origin_unit_code, subject_area""")
                .params(Timestamp.from(from), Timestamp.from(to), threshold)
                .query((rs, row) -> new RecurringSubject(rs.getString("origin_unit_code"), rs.getString("subject_area"),
                        Arrays.asList(rs.getString("case_ids").split(","))))
                .list();
    }

    /** Cases of one commune on one subject area. */
    public record RecurringSubject(String unitCode, String subjectArea, List<String> caseIds) {
    }
}
