package vn.danvan.reception;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.DomainEvents;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.ReceptionEventData;

/**
 * Publishes a reception day's changes on {@code danvan.receptions}, numbering them 1..n per day (the
 * day row's {@code last_sequence}) so that the dashboard keeps the latest whatever the order of arrival.
 */
@Component
class ReceptionEvents {

    private final JdbcClient jdbc;
    private final DomainEvents events;

    ReceptionEvents(JdbcClient jdbc, DomainEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void dayChanged(EventType type, String dayId, String outcome, String caseId, String actor) {
        int sequence = jdbc.sql("UPDATE reception_day SET last_sequence = last_sequence + 1 WHERE day_id = ? RETURNING last_sequence")
                .param(dayId).query(Integer.class).single();
        ReceptionDay day = ReceptionDays.read(jdbc, dayId).orElseThrow();
        events.publish(type, dayId, new ReceptionEventData(dayId, day.scheduleId(), day.unitCode(), day.leaderRole().name(),
                day.leaderUserId(), day.scheduledDate(), day.receptionDate(), day.status().name(), day.citizens(),
                day.petitions(), outcome, caseId, actor, sequence));
    }

    void scheduleSaved(Schedule schedule, String actor) {
        events.publish(EventType.RECEPTION_SCHEDULE_SAVED, CitizenReceptionProcess.scheduleKey(schedule.scheduleId()),
                new ReceptionEventData(null, schedule.scheduleId(), schedule.unitCode(), schedule.leaderRole().name(),
                        schedule.leaderUserId(), null, null, schedule.active() ? "ACTIVE" : "INACTIVE", null, null, null,
                        null, actor, schedule.version()));
    }
}
