package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    @Test
    void shouldFoldLongVietnameseLinesAt75OctetsWithoutSplittingACharacter() {
        String summary = "Hội nghị đối thoại: đất đai, môi trường, giao thông nông thôn, nước sạch, điện chiếu sáng";
        String ics = ICalendar.write(List.of(new ICalendar.Event("dialogue-tanhoi-2026-01@danvan",
                LocalDateTime.of(2026, 3, 20, 8, 0), LocalDateTime.of(2026, 3, 20, 11, 0), summary, "Hội trường", null)),
                Instant.parse("2026-03-01T01:02:03Z"));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + ICalendar.text(summary) + "\r\n")
                .contains("DTSTAMP:20260301T010203Z\r\n")
                .contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20260320T080000\r\n");
        assertThat(ics).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void shouldEscapeTextValues() {
        assertThat(ICalendar.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    @Test
    void shouldReadTheNumbersOfTheQuestionsAnsweredOnTheSpot() {
        assertThat(RecordConferenceHeldDelegate.numbers("1, 3;4 q5")).containsExactlyInAnyOrder(1, 3, 4, 5);
        assertThat(RecordConferenceHeldDelegate.numbers(null)).isEmpty();
    }
}
