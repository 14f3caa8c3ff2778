package vn.danvan.reception;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.danvan.platform.web.InvalidInputException;

/** A month ({@code 2026-12}) or a year ({@code 2026}) over which reception days are counted. */
public record ReceptionPeriod(String name, LocalDate from, LocalDate to) {

    /** The period a request names; absent: the month of {@code today}. Anything else is refused naming {@code period}. */
    public static ReceptionPeriod parse(String period, LocalDate today) {
        try {
            if (period == null || period.isBlank()) {
                return month(YearMonth.from(today));
            }
            if (period.matches("\\d{4}")) {
                int year = Integer.parseInt(period);
                return new ReceptionPeriod(period, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if (period.matches("\\d{4}-\\d{2}")) {
                return month(YearMonth.parse(period));
            }
        } catch (DateTimeException e) {
            // refused below
        }
        throw new InvalidInputException("period", "must be a month (2026-12) or a year (2026)");
    }

    private static ReceptionPeriod month(YearMonth month) {
        return new ReceptionPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
    }
}
