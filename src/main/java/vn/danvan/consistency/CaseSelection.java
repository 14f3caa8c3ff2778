package vn.danvan.consistency;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/** The cases a scope selects, as a SQL condition on {@code petition_case} and its parameters. */
final class CaseSelection {

    private CaseSelection() {
    }

    /** A condition to append after {@code WHERE true} on a {@code petition_case} row named {@code alias}. */
    static String condition(CheckScope scope, String alias) {
        StringBuilder sql = new StringBuilder();
        if (scope.since() != null) {
            sql.append(" AND ").append(alias).append(".updated_at >= :since");
        }
        if (scope.caseId() != null) {
            sql.append(" AND ").append(alias).append(".case_id = :caseId");
        }
        return sql.toString();
    }

    static Map<String, Object> parameters(CheckScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        if (scope.since() != null) {
            parameters.put("since", Timestamp.from(scope.since()));
        }
        if (scope.caseId() != null) {
            parameters.put("caseId", scope.caseId());
        }
        return parameters;
    }
}
