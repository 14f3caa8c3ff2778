package vn.danvan.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.organization.Level;
import vn.danvan.organization.UnitScope;

/**
 * The filters of the dashboard and its exports, turned into a SQL condition on the read model.
 *
 * @param unit  one unit's cases (must be within the caller's scope)
 * @param from  first month of receipt, inclusive (yyyy-MM)
 * @param to    last month of receipt, inclusive
 * @param state OPEN (not closed), DUE_SOON, LATE (late or very late), VERY_LATE, CLOSED
 */
record CaseFilter(String unit, YearMonth from, YearMonth to, String type, String level, String state) {

    static final Set<String> STATES = Set.of("OPEN", "DUE_SOON", "LATE", "VERY_LATE", "CLOSED");
    /** The levels a case can be at (CaseEventData.level). */
    static final Set<String> LEVELS = java.util.Arrays.stream(Level.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The petition types, and UNCLASSIFIED for cases not yet classified (as the read model stores them). */
    static final Set<String> TYPES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(PetitionSubmission.CaseType.values()).map(Enum::name), java.util.stream.Stream.of("UNCLASSIFIED"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A misspelt value would filter everything away and show zeros: it is refused, naming the field. */
    static CaseFilter parse(String unit, String from, String to, String type, String level, String state) {
        oneOf("state", state, STATES);
        oneOf("level", level, LEVELS);
        oneOf("type", type, TYPES);
        return new CaseFilter(blank(unit), month("from", from), month("to", to), blank(type), blank(level), blank(state));
    }

    private static void oneOf(String field, String value, Set<String> allowed) {
        if (value != null && !value.isBlank() && !allowed.contains(value)) {
            throw new InvalidInputException(field, "must be one of " + new java.util.TreeSet<>(allowed));
        }
    }

    /** The WHERE clause (with named parameters) for a table with the dashboard's case columns. */
    Condition condition(UnitScope scope, boolean bucketTable) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (unit != null) {
            if (!scope.covers(unit)) {
                throw new InvalidInputException("unit", "is not a unit you may see");
            }
            parts.add("origin_unit = :unit");
            params.put("unit", unit);
        } else if (!scope.isAll()) {
            parts.add("origin_unit IN (:scope)");
            params.put("scope", scope.units().isEmpty() ? List.of("") : scope.units());
        }
        if (from != null) {
            parts.add("received_month >= :from");
            params.put("from", from.atDay(1));
        }
        if (to != null) {
            parts.add("received_month <= :to");
            params.put("to", to.atDay(1));
        }
        if (type != null) {
            parts.add("case_type = :type");
            params.put("type", type);
        }
        if (level != null) {
            parts.add("current_level = :level");
            params.put("level", level);
        }
        if (state != null) {
            switch (state) {
                case "OPEN" -> parts.add("state <> 'CLOSED'");
                case "LATE" -> parts.add("state IN ('LATE', 'VERY_LATE')");
                default -> {
                    parts.add("state = :state");
                    params.put("state", state);
                }
            }
        }
        return new Condition(parts.isEmpty() ? "true" : String.join(" AND ", parts), params);
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a month like 2026-11");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    record Condition(String sql, Map<String, Object> params) {
    }
}
