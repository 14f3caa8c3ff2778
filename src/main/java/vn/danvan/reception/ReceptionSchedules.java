package vn.danvan.reception;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organization.Caller;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.web.InvalidInputException;

/**
 * The leaders' reception schedules: checked against the units, the officers and the frequency rule,
 * stored, announced ({@code vn.danvan.reception.schedule-saved}), and their coming days generated at
 * once in the same transaction.
 */
@Service
class ReceptionSchedules {

    /** A schedule as a request gives it (validFrom: today when absent; active: true when absent). */
    record Draft(String unitCode, String leaderUserId, String leaderTitle, String leaderRole, String recurrence,
            Integer weekday, List<Integer> monthDays, String place, LocalDate validFrom, LocalDate validUntil,
            Boolean active) {
    }

    private static final String SELECT = """
            SELECT schedule_id, unit_code, leader_user_id, leader_title, leader_role, recurrence, weekday, month_days,
                   place, valid_from, valid_until, active, version, created_by, created_at, updated_by, updated_at
            FROM reception_schedule""";

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final IdentityService identity;
    private final ReceptionFrequencyRule frequency;
    private final ReceptionAccess access;
    private final ReceptionEvents events;
    private final ReceptionDays days;

    ReceptionSchedules(JdbcClient jdbc, UnitDirectory units, IdentityService identity, ReceptionFrequencyRule frequency,
            ReceptionAccess access, ReceptionEvents events, ReceptionDays days) {
        this.jdbc = jdbc;
        this.units = units;
        this.identity = identity;
        this.frequency = frequency;
        this.access = access;
        this.events = events;
        this.days = days;
    }

    List<Schedule> visibleTo(Caller caller, String unitCode) {
        var query = unitCode == null ? jdbc.sql(SELECT + " ORDER BY unit_code, schedule_id")
                : jdbc.sql(SELECT + " WHERE unit_code = ? ORDER BY schedule_id").param(unitCode);
        return query.query(ReceptionSchedules::map).list().stream()
                .filter(s -> access.canView(caller, s.unitCode())).toList();
    }

    Optional<Schedule> find(long scheduleId) {
        return jdbc.sql(SELECT + " WHERE schedule_id = ?").param(scheduleId).query(ReceptionSchedules::map).optional();
    }

    List<Schedule> activeOn(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " WHERE active AND valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?) ORDER BY schedule_id")
                .params(to, from).query(ReceptionSchedules::map).list();
    }

    @Transactional
    Schedule create(Draft draft, Caller caller) {
        Checked checked = check(draft, caller);
        long id = jdbc.sql("""
                INSERT INTO reception_schedule (unit_code, leader_user_id, leader_title, leader_role, recurrence, weekday,
                    month_days, place, valid_from, valid_until, active, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING schedule_id""")
                .params(checked.unit().code(), draft.leaderUserId().strip(), draft.leaderTitle().strip(),
                        checked.role().name(), checked.recurrence().kind().name(), weekdayOf(checked.recurrence()),
                        checked.recurrence().monthDaysText(), draft.place().strip(), checked.validFrom(),
                        draft.validUntil(), !Boolean.FALSE.equals(draft.active()), caller.userId(), now())
                .query(Long.class).single();
        return saved(id, caller);
    }

    @Transactional
    Schedule update(long scheduleId, Draft draft, Caller caller) {
        Schedule existing = find(scheduleId).filter(s -> access.canView(caller, s.unitCode()))
                .orElseThrow(() -> new ScheduleNotFoundException(scheduleId));
        if (!access.canManage(caller, existing.unitCode())) {
            throw new AccessDeniedException("Only the unit's officers change its reception schedules");
        }
        if (draft.unitCode() != null && !draft.unitCode().strip().equals(existing.unitCode())) {
            throw new InvalidInputException("unitCode", "cannot change (" + existing.unitCode()
                    + "): create a schedule for the other unit and deactivate this one");
        }
        Checked checked = check(new Draft(existing.unitCode(), draft.leaderUserId(), draft.leaderTitle(), draft.leaderRole(),
                draft.recurrence(), draft.weekday(), draft.monthDays(), draft.place(),
                draft.validFrom() == null ? existing.validFrom() : draft.validFrom(), draft.validUntil(), draft.active()),
                caller);
        jdbc.sql("""
                UPDATE reception_schedule SET leader_user_id = ?, leader_title = ?, leader_role = ?, recurrence = ?,
                    weekday = ?, month_days = ?, place = ?, valid_from = ?, valid_until = ?, active = ?,
                    version = version + 1, updated_by = ?, updated_at = ?
                WHERE schedule_id = ?""")
                .params(draft.leaderUserId().strip(), draft.leaderTitle().strip(), checked.role().name(),
                        checked.recurrence().kind().name(), weekdayOf(checked.recurrence()),
                        checked.recurrence().monthDaysText(), draft.place().strip(), checked.validFrom(),
                        draft.validUntil(), !Boolean.FALSE.equals(draft.active()), caller.userId(), now(), scheduleId)
                .update();
        return saved(scheduleId, caller);
    }

    private Schedule saved(long scheduleId, Caller caller) {
        Schedule schedule = find(scheduleId).orElseThrow();
        events.scheduleSaved(schedule, caller.userId());
        if (schedule.active()) {
            days.generate(schedule, today(), today().plusDays(days.horizonDays()));
        }
        return schedule;
    }

    private record Checked(Unit unit, LeaderRole role, Recurrence recurrence, LocalDate validFrom) {
    }

    private Checked check(Draft draft, Caller caller) {
        Unit unit = units.find(draft.unitCode().strip())
                .orElseThrow(() -> new InvalidInputException("unitCode", "unknown unit '" + draft.unitCode() + "'"));
        if (!access.canManage(caller, unit.code())) {
            throw new AccessDeniedException("Only the unit's officers manage its reception schedules");
        }
        LeaderRole role = LeaderRole.parse(draft.leaderRole());
        if (!role.fits(unit)) {
            throw new InvalidInputException("leaderRole", role + " does not sit in '" + unit.code() + "' ("
                    + unit.kind() + " unit at level " + unit.levelCode() + ")");
        }
        Recurrence recurrence = Recurrence.parse(draft.recurrence(), draft.weekday(), draft.monthDays());
        frequency.shortfall(role, recurrence).ifPresent(reason -> {
            throw new InvalidInputException("recurrence", reason);
        });
        String leader = draft.leaderUserId().strip();
        if (identity.createUserQuery().userId(leader).memberOfGroup(unit.code()).count() == 0) {
            throw new InvalidInputException("leaderUserId", "'" + leader + "' is not an officer of unit '" + unit.code() + "'");
        }
        LocalDate validFrom = draft.validFrom() == null ? today() : draft.validFrom();
        if (draft.validUntil() != null && draft.validUntil().isBefore(validFrom)) {
            throw new InvalidInputException("validUntil", "must not be before validFrom (" + validFrom + ")");
        }
        return new Checked(unit, role, recurrence, validFrom);
    }

    private static Integer weekdayOf(Recurrence recurrence) {
        return recurrence.weekday() == null ? null : recurrence.weekday().getValue();
    }

    static LocalDate today() {
        return WorkingCalendar.dayOf(ClockUtil.getCurrentTime().toInstant());
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private static Schedule map(ResultSet rs, int row) throws SQLException {
        int weekday = rs.getInt("weekday");
        Integer day = rs.wasNull() ? null : weekday;
        Timestamp updated = rs.getTimestamp("updated_at");
        java.sql.Date until = rs.getDate("valid_until");
        return new Schedule(rs.getLong("schedule_id"), rs.getString("unit_code"), rs.getString("leader_user_id"),
                rs.getString("leader_title"), LeaderRole.valueOf(rs.getString("leader_role")), rs.getString("recurrence"),
                day, Recurrence.monthDaysOf(rs.getString("month_days")), rs.getString("place"),
                rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate(), rs.getBoolean("active"),
                rs.getInt("version"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("updated_by"), updated == null ? null : updated.toInstant());
    }
}
