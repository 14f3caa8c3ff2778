package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on a calendar with Tết 2026 and the 2025 make-up Saturday. */
class WorkingDaysTest {

    private final WorkingCalendar.Days days = new WorkingCalendar.Days(exceptions());

    @Test
    void weekendsAndTetAreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 14))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    }

    @Test
    void tenWorkingDaysFromTheFridayBeforeTetEndSixDaysIntoMarch() {
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 2, 13), 10)).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void aPetitionReceivedOnASaturdayCountsFromMonday() {
        LocalDate start = days.firstWorkingDayFrom(LocalDate.of(2026, 3, 7));

        assertThat(start).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(days.plusWorkingDays(start, 7)).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void aCalendarPeriodEndingInTetEndsOnTheFirstWorkingDayAfterIt() {
        assertThat(days.plusCalendarDays(LocalDate.of(2026, 1, 15), 30)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayAndItsSwappedFridayIsNot() {
        assertThat(days.plusWorkingDays(LocalDate.of(2025, 4, 24), 2)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(days.plusWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    private static Map<LocalDate, Boolean> exceptions() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (int day = 16; day <= 20; day++) {
            exceptions.put(LocalDate.of(2026, 2, day), false);
        }
        exceptions.put(LocalDate.of(2025, 4, 26), true);
        exceptions.put(LocalDate.of(2025, 4, 30), false);
        exceptions.put(LocalDate.of(2025, 5, 1), false);
        exceptions.put(LocalDate.of(2025, 5, 2), false);
        return exceptions;
    }
}
