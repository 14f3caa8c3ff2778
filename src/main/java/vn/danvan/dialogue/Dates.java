package vn.danvan.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/** Dates as officers read them: Vietnam's time, day first. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String shown(LocalDate day) {
        return DAY.format(day);
    }

    static String shown(Instant instant) {
        return StepSupport.shown(instant);
    }

    /** A date from a Camunda Form's date field (ISO text) or a process variable. */
    static LocalDate parse(Object value, String labelVi) {
        if (value instanceof java.util.Date date) {
            return WorkingCalendar.dayOf(date.toInstant());
        }
        String text = value == null ? "" : value.toString().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new StepRejectedException(labelVi + " không hợp lệ: " + text);
        }
    }
}
