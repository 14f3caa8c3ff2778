package vn.danvan.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.UnitScope;
import vn.danvan.reception.LeaderRole;
import vn.danvan.reporting.PetitionFigures.ReceptionLine;

/**
 * The figures of the periodic petition report (Circular 02/2021/TT-TTCP) for a period and the units a
 * caller sees, computed from the cases themselves: the case record and its timeline (petition module),
 * the second-instance links, and the reception days' register (reception module). A case counts for the
 * units that see the unit that received it or holds it (the dashboard's and the case's own rule).
 */
@Service
public class PetitionStatistics {

    private final JdbcClient jdbc;

    PetitionStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public PetitionFigures of(ReportPeriod period, UnitScope scope) {
        List<CaseFacts> facts = facts(period, scope);
        PetitionTally tally = new PetitionTally(period, facts);
        return new PetitionFigures(period, reception(period, scope, facts), tally.processing(), tally.complaints(),
                tally.denunciations());
    }

    /** Every case that matters to the period: received by its end and not closed before it started. */
    List<CaseFacts> facts(ReportPeriod period, UnitScope scope) {
        ReportScope within = ReportScope.cases(period, scope);
        return jdbc.sql("""
                SELECT c.case_id, coalesce(c.case_type, 'UNCLASSIFIED') AS case_type, c.channel, c.outcome, c.status,
                       c.received_at, coalesce(c.concerns_party_member, false) OR c.denounced_person = 'PARTY_MEMBER'
                           AS party_member,
                       EXISTS (SELECT 1 FROM second_instance s WHERE s.second_case_id = c.case_id) AS second_instance,
                       EXISTS (SELECT 1 FROM reception_citizen r WHERE r.case_id = c.case_id) AS at_reception_day,
                       min(t.at) FILTER (WHERE t.action = 'classified') AS classified_at,
                       min(t.at) FILTER (WHERE t.action = 'accepted') AS accepted_at,
                       min(t.at) FILTER (WHERE t.action = 'resolved') AS resolved_at,
                       min(t.at) FILTER (WHERE t.action = 'returned') AS returned_at,
                       min(t.at) FILTER (WHERE t.action = 'closed') AS closed_at,
                       min(t.at) FILTER (WHERE t.action = 'escalated') AS first_escalation
                FROM petition_case c LEFT JOIN case_timeline t ON t.case_id = c.case_id
                WHERE c.received_at < :end AND (c.closed_at IS NULL OR c.closed_at >= :start)%s
                GROUP BY c.case_id""".formatted(within.condition())).params(within.params()).query(PetitionStatistics::facts).list();
    }

    /** Leaders' reception days held in the period per role, and the regular reception of walk-in petitions. */
    private List<ReceptionLine> reception(ReportPeriod period, UnitScope scope, List<CaseFacts> facts) {
        ReportScope within = ReportScope.days(period, scope);
        Map<String, Map<String, Object>> held = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT leader_role, count(*) AS sessions, coalesce(sum(citizens), 0) AS citizens,
                       coalesce(sum(petitions), 0) AS petitions
                FROM reception_day WHERE status IN ('HELD', 'RECORDED') AND reception_date BETWEEN :from AND :to%s
                GROUP BY leader_role""".formatted(within.condition())).params(within.params()).query().listOfRows()
                .forEach(row -> held.put((String) row.get("leader_role"), row));
        List<ReceptionLine> lines = new ArrayList<>();
        long walkIns = facts.stream().filter(c -> "WALK_IN".equals(c.channel()) && !c.atReceptionDay()
                && period.contains(c.receivedAt())).count();
        lines.add(new ReceptionLine("REGULAR", "Tiếp công dân thường xuyên (đơn nhận trực tiếp tại trụ sở)", null, walkIns,
                walkIns));
        long sessions = 0;
        long citizens = walkIns;
        long petitions = walkIns;
        for (LeaderRole role : LeaderRole.values()) {
            Map<String, Object> row = held.getOrDefault(role.name(), Map.of());
            long s = number(row.get("sessions"));
            long c = number(row.get("citizens"));
            long p = number(row.get("petitions"));
            lines.add(new ReceptionLine(role.name(), "Tiếp định kỳ: " + role.label(), s, c, p));
            sessions += s;
            citizens += c;
            petitions += p;
        }
        lines.add(new ReceptionLine(PetitionFigures.TOTAL, "Tổng cộng", sessions, citizens, petitions));
        return lines;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static CaseFacts facts(ResultSet rs, int row) throws SQLException {
        return new CaseFacts(rs.getString("case_id"), rs.getString("case_type"), rs.getString("channel"),
                rs.getString("outcome"), rs.getBoolean("second_instance"), rs.getBoolean("party_member"),
                "DUPLICATE".equals(rs.getString("status")), rs.getBoolean("at_reception_day"), instant(rs, "received_at"),
                instant(rs, "classified_at"), instant(rs, "accepted_at"), instant(rs, "resolved_at"),
                instant(rs, "returned_at"), instant(rs, "closed_at"), instant(rs, "first_escalation"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
