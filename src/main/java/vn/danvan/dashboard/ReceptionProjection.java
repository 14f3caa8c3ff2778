package vn.danvan.dashboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.InboundEvent;
import vn.danvan.messaging.contract.ReceptionEventData;

/**
 * Projects reception days for the scorecard of reception days held against those required. A day's
 * row takes its facts from its highest-sequence event, so a redelivered or older event changes nothing.
 * Schedule events carry no day and are not projected: what is required comes from the rule.
 */
@Component
class ReceptionProjection {

    private final JdbcClient jdbc;

    ReceptionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void apply(InboundEvent event) {
        ReceptionEventData r = event.data(ReceptionEventData.class);
        if (r.dayId() == null || r.receptionDate() == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO dash_reception_day AS d (day_id, unit, leader_role, reception_date, status, citizens, petitions,
                    last_sequence)
                VALUES (:id, :unit, :role, :date, :status, :citizens, :petitions, :seq)
                ON CONFLICT (day_id) DO UPDATE SET unit = excluded.unit, leader_role = excluded.leader_role,
                    reception_date = excluded.reception_date, status = excluded.status, citizens = excluded.citizens,
                    petitions = excluded.petitions, last_sequence = excluded.last_sequence
                WHERE d.last_sequence < excluded.last_sequence""")
                .param("id", r.dayId()).param("unit", r.unitCode()).param("role", r.leaderRole())
                .param("date", r.receptionDate()).param("status", r.status())
                .param("citizens", r.citizens() == null ? 0 : r.citizens())
                .param("petitions", r.petitions() == null ? 0 : r.petitions()).param("seq", r.sequence()).update();
    }
}
