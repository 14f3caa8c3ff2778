package vn.danvan.calendar;

import java.time.LocalDate;

/** An exception to the Monday-to-Friday rule: a day off on a weekday, or a make-up working day. */
public record CalendarDay(LocalDate day, String kind, String name, String source) {

    public static final String DAY_OFF = "DAY_OFF";
    public static final String WORKING_DAY = "WORKING_DAY";
}
