package vn.danvan.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a rule and the moment a step's clock starts into dates. A step whose clock starts on a day
 * off counts from the next working day; working-day periods skip days off; a calendar-day period
 * that ends on a day off ends on the next working day; a deadline ends with its last day.
 */
@Component
class DeadlineCalculator {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCalculator.class);
    /** Far enough to hold two extensions of a 60-day period plus the very-late margin. */
    private static final int CALENDAR_WINDOW_DAYS = 400;

    private final WorkingCalendar calendar;
    private final DeadlineProperties properties;

    DeadlineCalculator(WorkingCalendar calendar, DeadlineProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
        if (properties.demoMinutesPerDay() > 0) {
            log.warn("DEMO deadlines: one day of a legal deadline lasts {} minutes and holidays are ignored",
                    properties.demoMinutesPerDay());
        }
    }

    Deadline compute(Instant anchor, DeadlineRule rule, int extensionsUsed) {
        int days = rule.amount() + extensionsUsed * rule.extensionDays();
        Instant due = properties.demoMinutesPerDay() > 0
                ? anchor.plus(Duration.ofSeconds(Math.round(days * properties.demoMinutesPerDay() * 60)))
                : WorkingCalendar.endOf(dueDay(anchor, rule, days));
        return fixed(anchor, due, rule.basis());
    }

    /** Reminder and very-late dates for a given due date. */
    Deadline fixed(Instant anchor, Instant due, String basis) {
        Duration allowed = Duration.between(anchor, due).isNegative() ? Duration.ZERO : Duration.between(anchor, due);
        Instant remind = anchor.plusMillis(Math.round(allowed.toMillis() * properties.reminderShare()));
        Instant veryLate = due.plusMillis(Math.round(allowed.toMillis() * properties.veryLateShare()));
        return new Deadline(anchor, remind, due, veryLate, basis);
    }

    private LocalDate dueDay(Instant anchor, DeadlineRule rule, int days) {
        LocalDate received = WorkingCalendar.dayOf(anchor);
        WorkingCalendar.Days calendarDays = calendar.between(received, received.plusDays(CALENDAR_WINDOW_DAYS));
        LocalDate start = calendarDays.firstWorkingDayFrom(received);
        return rule.workingDays() ? calendarDays.plusWorkingDays(start, days) : calendarDays.plusCalendarDays(start, days);
    }
}
