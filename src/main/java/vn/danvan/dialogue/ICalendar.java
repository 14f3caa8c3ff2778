package vn.danvan.dialogue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes planned conferences as an iCalendar feed (RFC 5545) by hand: the few properties calendar
 * applications need, local times in Asia/Ho_Chi_Minh with its VTIMEZONE, text escaped, lines folded
 * at 75 octets without splitting a UTF-8 character, CRLF line endings.
 */
final class ICalendar {

    static final String TZID = "Asia/Ho_Chi_Minh";
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    record Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String location, String description) {
    }

    private ICalendar() {
    }

    static String write(List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//danvan//Hoi nghi doi thoai//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("Hội nghị đối thoại"));
        line(out, "X-WR-TIMEZONE:" + TZID);
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + TZID);
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:+0700");
        line(out, "TZOFFSETTO:+0700");
        line(out, "TZNAME:ICT");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART;TZID=" + TZID + ":" + LOCAL.format(event.start()));
            line(out, "DTEND;TZID=" + TZID + ":" + LOCAL.format(event.end()));
            line(out, "SUMMARY:" + text(event.summary()));
            line(out, "LOCATION:" + text(event.location()));
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            line(out, "STATUS:CONFIRMED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded so that no physical line exceeds 75 octets (RFC 5545, 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
