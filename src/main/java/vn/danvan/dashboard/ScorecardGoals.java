package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The goals of the II.2.2 targets (table {@code scorecard_goal}, the only place their figures are
 * written), and the one comparison that says whether a figure meets its goal.
 */
@Component
class ScorecardGoals {

    static final String PERCENT = "PERCENT";
    static final String COUNT = "COUNT";

    private final JdbcClient jdbc;

    ScorecardGoals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Goal(String target, String nameVi, String measure, BigDecimal goal, boolean strictly, String basis) {

        /** "từ 95% trở lên" is met at 95; "trên 90%" only above 90. A figure nobody knows meets nothing. */
        boolean met(BigDecimal value) {
            if (value == null) {
                return false;
            }
            int c = value.compareTo(goal);
            return strictly ? c > 0 : c >= 0;
        }
    }

    /** Every goal, in the resolution's order. */
    Map<String, Goal> all() {
        Map<String, Goal> goals = new LinkedHashMap<>();
        jdbc.sql("SELECT target, name_vi, measure, goal, strictly, basis FROM scorecard_goal ORDER BY position")
                .query((rs, n) -> new Goal(rs.getString("target"), rs.getString("name_vi"), rs.getString("measure"),
                        rs.getBigDecimal("goal"), rs.getBoolean("strictly"), rs.getString("basis")))
                .list().forEach(goal -> goals.put(goal.target(), goal));
        return goals;
    }
}
