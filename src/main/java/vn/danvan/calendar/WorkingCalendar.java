package vn.danvan.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.danvan.platform.engine.StepSupport;

/**
 * Vietnam's working days: Monday to Friday, minus the days off and plus the make-up working days of
 * table {@code calendar_day}. Days are counted in Vietnam's time (UTC+7) whatever the server's zone.
 * The table is read for each computation (a small range query), so an administrator's change is
 * seen at once by every node.
 */
@Service
public class WorkingCalendar {

    public static final ZoneId VIETNAM = StepSupport.VIETNAM;
    /** Deadlines end with the last second of their day. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final JdbcClient jdbc;

    WorkingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The days between two dates, with the exceptions that apply to them. */
    public Days between(LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        jdbc.sql("SELECT day, kind FROM calendar_day WHERE day BETWEEN ? AND ?").params(from, to)
                .query(rs -> {
                    exceptions.put(rs.getDate("day").toLocalDate(), "WORKING_DAY".equals(rs.getString("kind")));
                });
        return new Days(exceptions);
    }

    public List<CalendarDay> exceptions(int year) {
        return jdbc.sql("SELECT day, kind, name_vi, source FROM calendar_day WHERE extract(year FROM day) = ? ORDER BY day")
                .param(year)
                .query((rs, row) -> new CalendarDay(rs.getDate("day").toLocalDate(), rs.getString("kind"),
                        rs.getString("name_vi"), rs.getString("source")))
                .list();
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(VIETNAM).toLocalDate();
    }

    public static Instant endOf(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(VIETNAM).toInstant();
    }

    /** Working-day arithmetic over a loaded range of the calendar. */
    public static final class Days {

        private final Map<LocalDate, Boolean> exceptions;

        Days(Map<LocalDate, Boolean> exceptions) {
            this.exceptions = exceptions;
        }

        public boolean isWorkingDay(LocalDate day) {
            Boolean exception = exceptions.get(day);
            if (exception != null) {
                return exception;
            }
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        /** The day itself if it is a working day, else the next working day. */
        public LocalDate firstWorkingDayFrom(LocalDate day) {
            LocalDate current = day;
            while (!isWorkingDay(current)) {
                current = current.plusDays(1);
            }
            return current;
        }

        /** The n-th working day after the given day (the day itself not counted). */
        public LocalDate plusWorkingDays(LocalDate day, int n) {
            LocalDate current = day;
            int counted = 0;
            while (counted < n) {
                current = current.plusDays(1);
                if (isWorkingDay(current)) {
                    counted++;
                }
            }
            return current;
        }

        /** n calendar days later; a period that ends on a day off ends on the next working day. */
        public LocalDate plusCalendarDays(LocalDate day, int n) {
            return firstWorkingDayFrom(day.plusDays(n));
        }
    }
}
