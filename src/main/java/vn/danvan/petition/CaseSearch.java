package vn.danvan.petition;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.UnitScope;

/**
 * Finds cases by petitioner and subject, for officers looking for the original of a duplicate and
 * for the routing step that suggests possible duplicates. Names are stored encrypted, so a name is
 * found through its keyed hash: by the whole name, in any case and with or without diacritics
 * ("nguyen van binh" finds "Nguyễn Văn Bình"), not by a part of it.
 */
@Component
class CaseSearch {

    static final int LIMIT = 20;

    private final JdbcClient jdbc;
    private final PetitionerFields petitioners;

    CaseSearch(JdbcClient jdbc, PetitionerFields petitioners) {
        this.jdbc = jdbc;
        this.petitioners = petitioners;
    }

    /** Cases received by or held by the units in scope. */
    List<CaseSummary> search(UnitScope scope, String petitioner, String subject) {
        StringBuilder sql = new StringBuilder("""
                SELECT case_id, subject, status, origin_unit_code, received_at FROM petition_case WHERE true""");
        var query = new java.util.LinkedHashMap<String, Object>();
        if (!scope.isAll()) {
            sql.append(" AND (origin_unit_code IN (:units) OR current_unit_code IN (:units))");
            query.put("units", scope.units().isEmpty() ? List.of("") : scope.units());
        }
        if (petitioner != null && !petitioner.isBlank()) {
            sql.append(" AND petitioner_name_hash = :petitioner");
            query.put("petitioner", String.valueOf(petitioners.nameHash(petitioner)));
        }
        if (subject != null && !subject.isBlank()) {
            sql.append(" AND lower(subject) LIKE :subject");
            query.put("subject", like(subject));
        }
        sql.append(" ORDER BY received_at DESC LIMIT ").append(LIMIT);
        return jdbc.sql(sql.toString()).params(query).query((rs, row) -> {
            CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
            return new CaseSummary(rs.getString("case_id"), rs.getString("subject"), status.name(), status.label(),
                    rs.getString("origin_unit_code"), rs.getTimestamp("received_at").toInstant());
        }).list();
    }

    /** Open cases of the same commune from the same petitioner or on the same subject. */
    String possibleDuplicatesOf(PetitionCase c) {
        List<String> found = jdbc.sql("""
                SELECT case_id, subject FROM petition_case
                WHERE origin_unit_code = ? AND case_id <> ? AND status NOT IN ('CLOSED', 'DUPLICATE', 'RETURNED')
                  AND (petitioner_name_hash = ? OR lower(subject) = lower(?))
                ORDER BY received_at LIMIT 5""")
                .params(c.originUnitCode(), c.caseId(), String.valueOf(petitioners.nameHash(c.petitionerName())), c.subject())
                .query((rs, row) -> rs.getString("case_id") + " (" + rs.getString("subject") + ")").list();
        return found.isEmpty() ? "không có" : String.join("; ", found);
    }

    private static String like(String text) {
        String escaped = text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
