package vn.danvan.dashboard;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.web.InvalidInputException;

/**
 * What anyone may know of how each commune answers its citizens this year (as Huế-S and iHanoi
 * publish): petitions received and resolved, the share resolved in time, and the share of ratings of
 * four or five stars. From the dashboard's read model; no case, no person.
 */
@RestController
class PublicStatistics {

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    PublicStatistics(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    record CommuneFigures(String unitCode, String unitName, long received, long resolved, Integer onTimePercent,
            long ratings, Integer satisfiedPercent) {
    }

    @GetMapping("/api/public/statistics")
    Map<String, Object> statistics(@RequestParam(required = false) Integer year) {
        int y = year != null ? year : Year.now(CaseRow.VIETNAM).getValue();
        if (y < 2000 || y > 2100) {
            throw new InvalidInputException("year", "phải là một năm từ 2000 đến 2100");
        }
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, Long> received = sums("""
                SELECT origin_unit AS unit, sum(cases) AS value FROM dash_case_bucket
                WHERE received_month >= ? AND received_month < ? GROUP BY origin_unit""", from, to);
        Map<String, long[]> closed = new HashMap<>();
        jdbc.sql("""
                SELECT origin_unit, sum(closed) AS closed, sum(on_time) AS on_time FROM dash_closed_bucket
                WHERE closed_month >= ? AND closed_month < ? GROUP BY origin_unit""").params(from, to)
                .query((rs, row) -> closed.put(rs.getString("origin_unit"),
                        new long[] {rs.getLong("closed"), rs.getLong("on_time")})).list();
        Map<String, long[]> ratings = new HashMap<>();
        jdbc.sql("""
                SELECT origin_unit, count(*) AS ratings, count(*) FILTER (WHERE stars >= 4) AS satisfied FROM dash_rating
                WHERE rated_at >= ? AND rated_at < ? GROUP BY origin_unit""")
                .params(from.atStartOfDay(CaseRow.VIETNAM).toOffsetDateTime(), to.atStartOfDay(CaseRow.VIETNAM).toOffsetDateTime())
                .query((rs, row) -> ratings.put(rs.getString("origin_unit"),
                        new long[] {rs.getLong("ratings"), rs.getLong("satisfied")})).list();
        List<CommuneFigures> communes = new ArrayList<>();
        for (Unit unit : units.all()) {
            if (!unit.kind().receivesPetitions()) {
                continue;
            }
            long[] c = closed.getOrDefault(unit.code(), new long[2]);
            long[] r = ratings.getOrDefault(unit.code(), new long[2]);
            communes.add(new CommuneFigures(unit.code(), unit.name(), received.getOrDefault(unit.code(), 0L), c[0],
                    percent(c[1], c[0]), r[0], percent(r[1], r[0])));
        }
        communes.sort(java.util.Comparator.comparing(CommuneFigures::unitName));
        return Map.of("year", y, "communes", communes);
    }

    private Map<String, Long> sums(String sql, Object... params) {
        Map<String, Long> values = new HashMap<>();
        jdbc.sql(sql).params(params).query((rs, row) -> values.put(rs.getString("unit"), rs.getLong("value"))).list();
        return values;
    }

    private static Integer percent(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
