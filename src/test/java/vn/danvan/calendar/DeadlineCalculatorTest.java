package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * From a rule and the moment a step's clock starts to its dates, without a database: the calendar is
 * a stub holding Tết 2026 (16-20 February off). Days are Vietnam's whatever the JVM's zone.
 */
class DeadlineCalculatorTest {

    static final DeadlineRule SEVEN_WORKING = new DeadlineRule(7, true, 0, 0, "7 ngày làm việc");
    static final DeadlineRule THIRTY_CALENDAR = new DeadlineRule(30, false, 2, 30, "30 ngày");

    final WorkingCalendar calendar = mock(WorkingCalendar.class);
    final DeadlineCalculator calculator = new DeadlineCalculator(calendar, new DeadlineProperties(0.667, 0.5, 0));

    DeadlineCalculatorTest() {
        Map<LocalDate, Boolean> tet = new HashMap<>();
        for (int day = 16; day <= 20; day++) {
            tet.put(LocalDate.of(2026, 2, day), false);
        }
        when(calendar.between(any(), any())).thenReturn(new WorkingCalendar.Days(tet));
    }

    @Test
    void aStepStartedOnASaturdayCountsItsWorkingDaysFromMondayAndEndsWithItsLastDay() {
        Instant saturday = vietnam(2026, 3, 7, 10, 0);

        Deadline deadline = calculator.compute(saturday, SEVEN_WORKING, 0);

        assertThat(deadline.dueAt()).isEqualTo(vietnam(2026, 3, 18, 23, 59).plusSeconds(59));
        assertThat(deadline.anchorAt()).isEqualTo(saturday);
        assertThat(deadline.basis()).isEqualTo("7 ngày làm việc");
        verify(calendar).between(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 7).plusDays(400));
    }

    @Test
    void theDayIsVietnamsNotTheServers() {
        // 18:00 UTC on Friday 6 March is 01:00 on Saturday 7 March in Vietnam: the clock starts on Monday
        Deadline deadline = calculator.compute(Instant.parse("2026-03-06T18:00:00Z"), SEVEN_WORKING, 0);

        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-18T16:59:59Z"));
        assertThat(WorkingCalendar.dayOf(Instant.parse("2026-03-06T16:59:59Z"))).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(WorkingCalendar.dayOf(Instant.parse("2026-03-06T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void aCalendarPeriodEndingInTetEndsOnTheFirstWorkingDayAfterIt() {
        Deadline deadline = calculator.compute(vietnam(2026, 1, 15, 9, 0), THIRTY_CALENDAR, 0);

        assertThat(WorkingCalendar.dayOf(deadline.dueAt())).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void eachExtensionUsedAddsItsDays() {
        Instant anchor = vietnam(2026, 4, 1, 9, 0);

        assertThat(WorkingCalendar.dayOf(calculator.compute(anchor, THIRTY_CALENDAR, 0).dueAt()))
                .isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(WorkingCalendar.dayOf(calculator.compute(anchor, THIRTY_CALENDAR, 1).dueAt()))
                .as("60 days: 31 May is a Sunday").isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(WorkingCalendar.dayOf(calculator.compute(anchor, THIRTY_CALENDAR, 2).dueAt()))
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void theReminderComesAfterTwoThirdsOfTheTimeAllowedAndVeryLateHalfOfItAfterTheDueDate() {
        Instant anchor = Instant.parse("2026-03-02T02:00:00Z");
        Instant due = anchor.plus(Duration.ofDays(30));

        Deadline deadline = calculator.fixed(anchor, due, "quyết định");

        assertThat(deadline.remindAt()).isEqualTo(anchor.plusMillis(Math.round(Duration.ofDays(30).toMillis() * 0.667)));
        assertThat(deadline.veryLateAt()).isEqualTo(due.plus(Duration.ofDays(15)));
        assertThat(deadline.basis()).isEqualTo("quyết định");
    }

    @Test
    void aDueDateAlreadyPastIsRemindedAtOnceAndVeryLateAtOnce() {
        Instant anchor = Instant.parse("2026-03-02T02:00:00Z");
        Instant due = anchor.minus(Duration.ofDays(1));

        Deadline deadline = calculator.fixed(anchor, due, "x");

        assertThat(deadline.remindAt()).isEqualTo(anchor);
        assertThat(deadline.veryLateAt()).isEqualTo(due);
    }

    @Test
    void demoDeadlinesLastMinutesAndIgnoreTheCalendar() {
        DeadlineCalculator demo = new DeadlineCalculator(calendar, new DeadlineProperties(0.667, 0.5, 2));
        Instant anchor = Instant.parse("2026-03-07T03:00:00Z");

        Deadline deadline = demo.compute(anchor, SEVEN_WORKING, 0);

        assertThat(deadline.dueAt()).isEqualTo(anchor.plus(Duration.ofMinutes(14)));
        verifyNoInteractions(calendar);
    }

    @Test
    void aDeadlineEndsWithTheLastSecondOfItsDayInVietnam() {
        assertThat(WorkingCalendar.endOf(LocalDate.of(2026, 12, 31))).isEqualTo(Instant.parse("2026-12-31T16:59:59Z"));
    }

    static Instant vietnam(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), WorkingCalendar.VIETNAM).toInstant();
    }
}
