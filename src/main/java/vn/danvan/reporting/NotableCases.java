package vn.danvan.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.UnitScope;

/**
 * The cases of a year the standing committee should look at when it reviews the resolution (its
 * section III, and section II.3.4: petitions answered in time, no "hot spots"): those that went past a
 * legal deadline during the year, second-instance complaints, denunciations about Party members (and
 * whether the inspection commission took them up). Read from the case record and its timeline.
 */
@Component
class NotableCases {

    /** The committee reads a list, not a register: the first ones by importance, and how many there are. */
    static final int LIMIT = 200;

    private final JdbcClient jdbc;

    NotableCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One notable case; {@code reasons} in Vietnamese, as printed. */
    record NotableCase(String caseId, String type, String unit, String subject, String status, List<String> reasons) {
    }

    List<NotableCase> of(ReportPeriod period, UnitScope scope) {
        ReportScope within = ReportScope.cases(period, scope);
        Map<String, Object> params = new LinkedHashMap<>(within.params());
        params.put("limit", LIMIT);
        return jdbc.sql("""
                SELECT * FROM (
                    SELECT c.case_id, coalesce(c.case_type, 'UNCLASSIFIED') AS case_type, c.origin_unit_code, c.subject,
                           c.status, c.received_at,
                           (SELECT count(*) FROM case_timeline t WHERE t.case_id = c.case_id AND t.action = 'escalated'
                                AND t.at >= :start AND t.at < :end) AS escalations,
                           c.late_state IN ('LATE', 'VERY_LATE') AND c.status NOT IN ('CLOSED', 'DUPLICATE', 'RETURNED')
                               AS late_now,
                           EXISTS (SELECT 1 FROM second_instance s WHERE s.second_case_id = c.case_id) AS second_instance,
                           c.case_type = 'DENUNCIATION' AND (coalesce(c.concerns_party_member, false)
                               OR c.denounced_person = 'PARTY_MEMBER') AS party_member,
                           EXISTS (SELECT 1 FROM party_inspection p WHERE p.subject_type = 'CASE' AND p.subject_id = c.case_id)
                               AS inspected
                    FROM petition_case c
                    WHERE c.received_at < :end AND (c.closed_at IS NULL OR c.closed_at >= :start)%s
                ) n
                WHERE escalations > 0 OR second_instance OR coalesce(party_member, false)
                ORDER BY escalations DESC, received_at, case_id
                LIMIT :limit""".formatted(within.condition())).params(params).query((rs, row) -> {
                    List<String> reasons = new ArrayList<>();
                    long escalations = rs.getLong("escalations");
                    if (escalations > 0) {
                        reasons.add("Quá hạn, đã báo cấp trên " + escalations + " lần");
                    }
                    if (rs.getBoolean("late_now")) {
                        reasons.add("Đang quá hạn");
                    }
                    if (rs.getBoolean("second_instance")) {
                        reasons.add("Khiếu nại lần hai");
                    }
                    if (rs.getBoolean("party_member")) {
                        reasons.add(rs.getBoolean("inspected") ? "Tố cáo đảng viên, Ủy ban Kiểm tra đã vào cuộc"
                                : "Tố cáo đảng viên");
                    }
                    return new NotableCase(rs.getString("case_id"), PetitionTally.TYPES.getOrDefault(
                            rs.getString("case_type"), rs.getString("case_type")), rs.getString("origin_unit_code"),
                            rs.getString("subject"), rs.getString("status"), reasons);
                }).list();
    }
}
