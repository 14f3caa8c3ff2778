package vn.danvan.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.platform.web.InvalidInputException;

/**
 * A reporting period of Circular 02/2021/TT-TTCP: a quarter ({@code 2026-Q4}), six months
 * ({@code 2026-6M}), nine months ({@code 2026-9M}) or a year ({@code 2026}). Figures are cut off as
 * the circular requires (Decree 09/2019/ND-CP, art. 12): a period runs from the 15th of the month
 * before it to the 14th of its last month, so the year 2026 is 15/12/2025 to 14/12/2026 and its fourth
 * quarter 15/09/2026 to 14/12/2026. Days are Vietnam's ({@link #VIETNAM}).
 *
 * @param from the first day counted
 * @param to the last day counted
 */
public record ReportPeriod(String name, Kind kind, int year, LocalDate from, LocalDate to) {

    public static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    /** The day of the month a period starts on (the month before it); it ends the day before, in its last month. */
    static final int CUT_OFF_DAY = 15;

    private static final Pattern SYNTAX = Pattern.compile("(\\d{4})(?:-(Q[1-4]|6M|9M))?");

    public enum Kind { QUARTER, SIX_MONTHS, NINE_MONTHS, YEAR }

    /** The period a request names; anything else is refused naming {@code period} and saying what was given. */
    public static ReportPeriod parse(String period) {
        Matcher m = period == null ? null : SYNTAX.matcher(period.trim());
        if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2100) {
            throw new InvalidInputException("period", (period == null ? "missing" : "unknown period '" + period + "'")
                    + ": a quarter (2026-Q4), six months (2026-6M), nine months (2026-9M) or a year (2026)");
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return of(Kind.YEAR, year, 12, String.valueOf(year));
        }
        return switch (part) {
            case "6M" -> of(Kind.SIX_MONTHS, year, 6, year + "-6M");
            case "9M" -> of(Kind.NINE_MONTHS, year, 9, year + "-9M");
            default -> quarter(year, part.charAt(1) - '0');
        };
    }

    /** The year's report (the yearly report's petition figures). */
    public static ReportPeriod year(int year) {
        return parse(String.valueOf(year));
    }

    /** The quarter a day falls in (after the 14th of a quarter's last month: the next quarter). */
    public static ReportPeriod quarterOf(LocalDate day) {
        LocalDate shifted = day.getDayOfMonth() >= CUT_OFF_DAY ? day.plusMonths(1) : day;
        return quarter(shifted.getYear(), (shifted.getMonthValue() - 1) / 3 + 1);
    }

    private static ReportPeriod quarter(int year, int quarter) {
        LocalDate end = LocalDate.of(year, quarter * 3, CUT_OFF_DAY - 1);
        return new ReportPeriod(year + "-Q" + quarter, Kind.QUARTER, year, end.minusMonths(3).plusDays(1), end);
    }

    /** Periods that all start on 15 December of the year before and end in month {@code lastMonth}. */
    private static ReportPeriod of(Kind kind, int year, int lastMonth, String name) {
        return new ReportPeriod(name, kind, year, LocalDate.of(year - 1, 12, CUT_OFF_DAY),
                LocalDate.of(year, lastMonth, CUT_OFF_DAY - 1));
    }

    /** The first instant counted (midnight in Vietnam). */
    public Instant start() {
        return from.atStartOfDay(VIETNAM).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    public boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(start()) && instant.isBefore(end());
    }

    public boolean before(Instant instant) {
        return instant != null && instant.isBefore(start());
    }

    /** Whether work begun at {@code begun} was carried into the period: begun before it, not ended before it. */
    public boolean carriesOver(Instant begun, Instant ended) {
        return before(begun) && (ended == null || !before(ended));
    }

    /** Whether it happened by the end of the period. */
    public boolean byEnd(Instant instant) {
        return instant != null && instant.isBefore(end());
    }

    /** How the report's title names it: "quý IV năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026". */
    public String label() {
        return switch (kind) {
            case QUARTER -> "quý " + new String[] {"I", "II", "III", "IV"}[Integer.parseInt(name.substring(6)) - 1]
                    + " năm " + year;
            case SIX_MONTHS -> "6 tháng đầu năm " + year;
            case NINE_MONTHS -> "9 tháng năm " + year;
            case YEAR -> "năm " + year;
        };
    }

    /** "từ ngày 15/09/2026 đến ngày 14/12/2026" */
    public String range() {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return "từ ngày " + from.format(day) + " đến ngày " + to.format(day);
    }
}
