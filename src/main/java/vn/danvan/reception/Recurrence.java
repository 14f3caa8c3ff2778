package vn.danvan.reception;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import vn.danvan.platform.web.InvalidInputException;

/**
 * When a schedule's reception days fall: weekly on one weekday (Thursday), or monthly on given days
 * of the month (the 10th and the 25th). Days of the month stop at 28 so that every month has them;
 * a day that falls on a day off is moved by the generator, not here.
 */
record Recurrence(Kind kind, DayOfWeek weekday, List<Integer> monthDays) {

    static final int LAST_MONTH_DAY = 28;

    enum Kind { WEEKLY, MONTHLY }

    /** The recurrence as a request gives it; each fault names its field. */
    static Recurrence parse(String kind, Integer weekday, List<Integer> monthDays) {
        Kind parsed;
        try {
            parsed = Kind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("recurrence", "must be WEEKLY or MONTHLY");
        }
        if (parsed == Kind.WEEKLY) {
            if (weekday == null || weekday < 1 || weekday > 7) {
                throw new InvalidInputException("weekday", "must be 1 (Monday) to 7 (Sunday) for a weekly recurrence");
            }
            return new Recurrence(parsed, DayOfWeek.of(weekday), List.of());
        }
        if (monthDays == null || monthDays.isEmpty() || monthDays.size() > 10) {
            throw new InvalidInputException("monthDays", "must give 1 to 10 days of the month for a monthly recurrence");
        }
        TreeSet<Integer> days = new TreeSet<>();
        for (Integer day : monthDays) {
            if (day == null || day < 1 || day > LAST_MONTH_DAY) {
                throw new InvalidInputException("monthDays", "each day must be 1 to " + LAST_MONTH_DAY);
            }
            days.add(day);
        }
        return new Recurrence(parsed, null, List.copyOf(days));
    }

    /** As stored: "10,25". */
    static List<Integer> monthDaysOf(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    String monthDaysText() {
        return monthDays.isEmpty() ? null : String.join(",", monthDays.stream().map(String::valueOf).toList());
    }

    /** The dates the recurrence names from {@code from} to {@code to}, both included, in order. */
    List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (kind == Kind.WEEKLY ? day.getDayOfWeek() == weekday : monthDays.contains(day.getDayOfMonth())) {
                dates.add(day);
            }
        }
        return dates;
    }

    /** How many days it gives at least in any week (0 for a monthly one: a week may fall between its days). */
    int daysPerWeek() {
        return kind == Kind.WEEKLY ? 1 : 0;
    }

    /** How many days it gives at least in any month. */
    int daysPerMonth() {
        return kind == Kind.WEEKLY ? 4 : monthDays.size();
    }

    String describe() {
        return kind == Kind.WEEKLY ? "weekly on " + weekday : "monthly on the " + monthDaysText();
    }
}
