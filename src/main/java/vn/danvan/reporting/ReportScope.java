package vn.danvan.reporting;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danvan.organization.UnitScope;

/**
 * A report's statement over its period and the units its reader sees: the period's bounds as
 * {@code :start}/{@code :end} and, unless the reader sees every unit, a condition on the units that is
 * added to the statement's own {@code WHERE}. A case counts for the units that see the unit that
 * received it or holds it (the dashboard's and the case's own rule), written here once.
 */
record ReportScope(String condition, Map<String, Object> params) {

    /** Cases (alias {@code c}) in the period, by the unit that received or holds them. */
    static ReportScope cases(ReportPeriod period, UnitScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("start", Timestamp.from(period.start()));
        params.put("end", Timestamp.from(period.end()));
        return new ReportScope(within(scope, "c.origin_unit_code IN (:units) OR c.current_unit_code IN (:units)", params),
                params);
    }

    /** Rows with a {@code unit_code} held on the period's days ({@code :from}/{@code :to}, dates). */
    static ReportScope days(ReportPeriod period, UnitScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", period.from());
        params.put("to", period.to());
        return new ReportScope(within(scope, "unit_code IN (:units)", params), params);
    }

    private static String within(UnitScope scope, String units, Map<String, Object> params) {
        if (scope.isAll()) {
            return "";
        }
        // an empty scope sees nothing: IN () is not SQL, and no unit has the empty code
        params.put("units", scope.units().isEmpty() ? List.of("") : scope.units());
        return " AND (" + units + ")";
    }
}
