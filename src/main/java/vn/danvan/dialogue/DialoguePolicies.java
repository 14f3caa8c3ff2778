package vn.danvan.dialogue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which units hold a yearly conference and by when they must plan (who approves follows from the units). */
@Component
class DialoguePolicies {

    private static final String SELECT = """
            SELECT p.unit_code, p.must_hold, p.plan_by_month, p.plan_by_day
            FROM dialogue_unit_policy p JOIN unit u ON u.code = p.unit_code AND u.active""";

    private final JdbcClient jdbc;

    DialoguePolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Policy(String unitCode, boolean mustHold, MonthDay planBy) {

        /** The last day to plan in a year (the 29th of February falls back to the 28th). */
        LocalDate planByIn(int year) {
            return planBy.atYear(year);
        }
    }

    Optional<Policy> of(String unitCode) {
        return jdbc.sql(SELECT + " WHERE p.unit_code = ?").param(unitCode).query(DialoguePolicies::map).optional();
    }

    List<Policy> mustHold() {
        return jdbc.sql(SELECT + " WHERE p.must_hold ORDER BY p.unit_code").query(DialoguePolicies::map).list();
    }

    List<Policy> all() {
        return jdbc.sql(SELECT + " ORDER BY p.unit_code").query(DialoguePolicies::map).list();
    }

    private static Policy map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Policy(rs.getString("unit_code"), rs.getBoolean("must_hold"),
                MonthDay.of(rs.getInt("plan_by_month"), rs.getInt("plan_by_day")));
    }
}
