package vn.danvan.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.dashboard.Scorecard;
import vn.danvan.dashboard.ScorecardRow;
import vn.danvan.organization.Caller;
import vn.danvan.organization.UnitDirectory;

/**
 * The resolution's scorecard (section II.2.2) for the yearly report, as the dashboard computes it
 * ({@link Scorecard#rows}): one line per target and unit. The report shows the lines of the units the
 * caller sees ({@link Caller#sees}) and the district-wide lines to those who see every unit.
 */
@Component
class ScorecardSection {

    private final Scorecard scorecard;
    private final UnitDirectory units;
    private final JdbcClient jdbc;

    ScorecardSection(Scorecard scorecard, UnitDirectory units, JdbcClient jdbc) {
        this.scorecard = scorecard;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** Lines of the table (target, unit, value, goal, met, source), or empty when no scorecard is available. */
    Optional<List<Map<String, Object>>> lines(int year, Caller caller) {
        Map<String, String> names = targetNames();
        Map<String, String> unitNames = new LinkedHashMap<>();
        units.all().forEach(unit -> unitNames.put(unit.code(), unit.name()));
        List<Map<String, Object>> lines = scorecard.rows(year).stream()
                .filter(row -> Scorecard.DISTRICT.equals(row.unitCode()) ? caller.seesEverything() : caller.sees(row.unitCode()))
                .map(row -> line(row, names, unitNames)).toList();
        return Optional.of(lines);
    }

    private static Map<String, Object> line(ScorecardRow row, Map<String, String> names, Map<String, String> unitNames) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("target", names.getOrDefault(row.target(), row.target()));
        line.put("unit", Scorecard.DISTRICT.equals(row.unitCode()) ? "Toàn huyện"
                : unitNames.getOrDefault(row.unitCode(), row.unitCode()));
        line.put("value", number(row.value()));
        line.put("goal", number(row.goal()));
        line.put("met", row.value() == null ? "Chưa có số liệu" : row.met() ? "Đạt" : "Không đạt");
        line.put("source", source(row));
        return line;
    }

    /** "COMPUTED:…" counted from cases, campaigns or conferences; "REPORTED:…" reported by a unit, with who and when. */
    private static String source(ScorecardRow row) {
        String source = row.source() == null ? "" : row.source();
        if (source.startsWith("COMPUTED:")) {
            return "Tính từ dữ liệu hệ thống (" + source.substring("COMPUTED:".length()) + ")";
        }
        if (source.startsWith("REPORTED:")) {
            return "Đơn vị báo cáo (" + source.substring("REPORTED:".length()) + ")"
                    + (row.reportedBy() == null ? "" : ", " + row.reportedBy())
                    + (row.reportedAt() == null ? "" : ", " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                            .format(row.reportedAt().atZone(ReportPeriod.VIETNAM)));
        }
        return source.equals("NOT_REPORTED") ? "Chưa báo cáo" : source;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** The targets' Vietnamese names, from the scorecard's goals (the dashboard's table). */
    private Map<String, String> targetNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT target, name_vi FROM scorecard_goal").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        names.putIfAbsent("SUPERVISION_CAMPAIGNS", "Cuộc giám sát mỗi đơn vị (1-2 cuộc/năm)");
        return names;
    }
}
