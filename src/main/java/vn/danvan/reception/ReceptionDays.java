package vn.danvan.reception;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.messaging.contract.EventType;

/**
 * Reception days: generated from the schedules (one day and one {@code citizen-reception} instance
 * per schedule and scheduled date, never two: the unique key of {@code reception_day} and the process
 * start share one transaction), then their attendance and register.
 */
@Service
class ReceptionDays {

    static final String SELECT = """
            SELECT day_id, schedule_id, scheduled_date, reception_date, unit_code, leader_user_id, leader_title,
                   leader_role, place, status, not_held_reason, received_by, start_time, end_time, citizens, petitions,
                   recorded_by, recorded_at, process_instance_id
            FROM reception_day""";

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final RuntimeService runtimeService;
    private final ReceptionEvents events;
    private final ReceptionProperties properties;

    ReceptionDays(JdbcClient jdbc, WorkingCalendar calendar, RuntimeService runtimeService, ReceptionEvents events,
            ReceptionProperties properties) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.events = events;
        this.properties = properties;
    }

    int horizonDays() {
        return properties.horizonDays();
    }

    /**
     * Generates the schedule's reception days whose scheduled date lies from {@code from} to {@code to}.
     * A date that is a day off is held on the next working day. A day that exists already is left alone,
     * so running this twice, on two nodes at once or again after a crash, generates each day once.
     *
     * @return the days generated now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> generate(Schedule schedule, LocalDate from, LocalDate to) {
        LocalDate first = from.isBefore(schedule.validFrom()) ? schedule.validFrom() : from;
        LocalDate last = schedule.validUntil() != null && schedule.validUntil().isBefore(to) ? schedule.validUntil() : to;
        if (!schedule.active() || first.isAfter(last)) {
            return List.of();
        }
        // a day off can push a reception day weeks on (Tết): load the calendar well past the range
        WorkingCalendar.Days workingDays = calendar.between(first, last.plusDays(60));
        List<String> generated = new java.util.ArrayList<>();
        for (LocalDate scheduled : schedule.rule().datesBetween(first, last)) {
            LocalDate held = workingDays.firstWorkingDayFrom(scheduled);
            String dayId = CitizenReceptionProcess.dayId(schedule.unitCode(), scheduled, schedule.scheduleId());
            int inserted = jdbc.sql("""
                    INSERT INTO reception_day (day_id, schedule_id, scheduled_date, reception_date, unit_code, leader_user_id,
                        leader_title, leader_role, place, status, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?) ON CONFLICT DO NOTHING""")
                    .params(dayId, schedule.scheduleId(), scheduled, held, schedule.unitCode(), schedule.leaderUserId(),
                            schedule.leaderTitle(), schedule.leaderRole().name(), schedule.place(), now())
                    .update();
            if (inserted == 0) {
                continue;
            }
            String instanceId = runtimeService.createProcessInstanceByKey(CitizenReceptionProcess.KEY).businessKey(dayId)
                    .setVariables(startVariables(schedule, dayId, held, workingDays)).execute().getId();
            jdbc.sql("UPDATE reception_day SET process_instance_id = ? WHERE day_id = ?").params(instanceId, dayId).update();
            events.dayChanged(EventType.RECEPTION_SCHEDULED, dayId, null, null, vn.danvan.platform.engine.StepSupport.SYSTEM);
            generated.add(dayId);
        }
        return generated;
    }

    private static Map<String, Object> startVariables(Schedule schedule, String dayId, LocalDate held,
            WorkingCalendar.Days workingDays) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CitizenReceptionProcess.DAY_ID, dayId);
        variables.put(CitizenReceptionProcess.UNIT_CODE, schedule.unitCode());
        variables.put(CitizenReceptionProcess.LEADER_USER_ID, schedule.leaderUserId());
        variables.put(CitizenReceptionProcess.LEADER_TITLE, schedule.leaderTitle());
        variables.put(CitizenReceptionProcess.PLACE, schedule.place());
        variables.put(CitizenReceptionProcess.RECEPTION_DATE_TEXT, CitizenReceptionProcess.shown(held));
        // the register is written up by the end of the next working day (practice, not a legal deadline: check)
        variables.put(CitizenReceptionProcess.REGISTER_DUE,
                Date.from(WorkingCalendar.endOf(workingDays.plusWorkingDays(held, 1))));
        variables.put(CitizenReceptionProcess.CITIZENS_RECORDED, 0);
        return variables;
    }

    /** The attendance as the leader's unit records it: held (who received, from when to when) or not (why). */
    record Attendance(boolean held, String notHeldReason, String receivedBy, LocalTime startTime, LocalTime endTime) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void recordAttendance(String dayId, Attendance attendance, String actor) {
        int changed = jdbc.sql("""
                UPDATE reception_day SET status = ?, not_held_reason = ?, received_by = ?, start_time = ?, end_time = ?,
                    recorded_by = ?, recorded_at = ?
                WHERE day_id = ? AND status = 'SCHEDULED'""")
                .params(attendance.held() ? "HELD" : "NOT_HELD", attendance.notHeldReason(), attendance.receivedBy(),
                        attendance.startTime(), attendance.endTime(), actor, now(), dayId)
                .update();
        if (changed == 1) {
            events.dayChanged(attendance.held() ? EventType.RECEPTION_HELD : EventType.RECEPTION_NOT_HELD, dayId, null,
                    null, actor);
        }
    }

    /** Counts a citizen recorded on the day (the entry itself is {@link ReceptionRegister}'s). */
    @Transactional(propagation = Propagation.MANDATORY)
    void citizenRecorded(String dayId, ReceptionDay.Outcome outcome, String caseId, String actor) {
        jdbc.sql("""
                UPDATE reception_day SET citizens = citizens + 1, petitions = petitions + ? WHERE day_id = ?""")
                .params(caseId == null ? 0 : 1, dayId).update();
        events.dayChanged(EventType.RECEPTION_CITIZEN_RECEIVED, dayId, outcome.name(), caseId, actor);
    }

    /** The day's register is complete. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recorded(String dayId, String actor) {
        if (jdbc.sql("UPDATE reception_day SET status = 'RECORDED' WHERE day_id = ? AND status = 'HELD'").param(dayId).update() == 1) {
            events.dayChanged(EventType.RECEPTION_RECORDED, dayId, null, null, actor);
        }
    }

    Optional<ReceptionDay> find(String dayId) {
        return read(jdbc, dayId);
    }

    static Optional<ReceptionDay> read(JdbcClient jdbc, String dayId) {
        return jdbc.sql(SELECT + " WHERE day_id = ?").param(dayId).query(ReceptionDays::map).optional();
    }

    /** The days of the units given (all when null), held from {@code from} to {@code to}. */
    List<ReceptionDay> between(List<String> unitCodes, String unitCode, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE reception_date BETWEEN :from AND :to");
        Map<String, Object> params = new HashMap<>(Map.of("from", from, "to", to));
        if (unitCodes != null) {
            sql.append(" AND unit_code IN (:units)");
            params.put("units", unitCodes.isEmpty() ? List.of("") : unitCodes);
        }
        if (unitCode != null) {
            sql.append(" AND unit_code = :unit");
            params.put("unit", unitCode);
        }
        sql.append(" ORDER BY reception_date, unit_code, day_id");
        return jdbc.sql(sql.toString()).params(params).query(ReceptionDays::map).list();
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private static ReceptionDay map(ResultSet rs, int row) throws SQLException {
        java.sql.Time start = rs.getTime("start_time");
        java.sql.Time end = rs.getTime("end_time");
        Timestamp recordedAt = rs.getTimestamp("recorded_at");
        return new ReceptionDay(rs.getString("day_id"), rs.getLong("schedule_id"), rs.getDate("scheduled_date").toLocalDate(),
                rs.getDate("reception_date").toLocalDate(), rs.getString("unit_code"), rs.getString("leader_user_id"),
                rs.getString("leader_title"), LeaderRole.valueOf(rs.getString("leader_role")), rs.getString("place"),
                ReceptionDay.Status.valueOf(rs.getString("status")), rs.getString("not_held_reason"),
                rs.getString("received_by"), start == null ? null : start.toLocalTime(), end == null ? null : end.toLocalTime(),
                rs.getInt("citizens"), rs.getInt("petitions"), rs.getString("recorded_by"),
                recordedAt == null ? null : recordedAt.toInstant(), rs.getString("process_instance_id"));
    }
}
