package vn.danvan.unitreport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.platform.web.InvalidInputException;

/**
 * A reporting period: a half-year ({@code 2026-H1}, {@code 2026-H2}) or a year ({@code 2026}). Its text
 * is its id.
 */
record ReportingPeriod(String id, int year, String kind) {

    static final String HALF_YEAR = "HALF_YEAR";
    static final String YEAR = "YEAR";
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(-H([12]))?");

    /** @throws InvalidInputException naming {@code field} when the text is not a period */
    static ReportingPeriod parse(String field, String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidInputException(field, "Kỳ báo cáo phải có dạng 2026-H1, 2026-H2 hoặc 2026"
                    + " / must be a half-year like 2026-H1 or a year like 2026");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2020 || year > 2100) {
            throw new InvalidInputException(field, "Năm của kỳ báo cáo không hợp lệ / the year must be 2020-2100");
        }
        return new ReportingPeriod(m.group(0), year, m.group(2) == null ? YEAR : HALF_YEAR);
    }

    /** What officers read: "6 tháng đầu năm 2026", "năm 2026". */
    String shown() {
        if (YEAR.equals(kind)) {
            return "năm " + year;
        }
        return (id.endsWith("H1") ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
    }
}
