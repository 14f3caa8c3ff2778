package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.platform.web.InvalidInputException;

/** The period syntax and the circular's cut-off: from the 15th of the month before to the 14th of the last month. */
class ReportPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2026-Q1, 2025-12-15, 2026-03-14, quý I năm 2026",
            "2026-Q2, 2026-03-15, 2026-06-14, quý II năm 2026",
            "2026-Q3, 2026-06-15, 2026-09-14, quý III năm 2026",
            "2026-Q4, 2026-09-15, 2026-12-14, quý IV năm 2026",
            "2026-6M, 2025-12-15, 2026-06-14, 6 tháng đầu năm 2026",
            "2026-9M, 2025-12-15, 2026-09-14, 9 tháng năm 2026",
            "2026, 2025-12-15, 2026-12-14, năm 2026"})
    void eachPeriodRunsFromTheFifteenthToTheFourteenth(String name, LocalDate from, LocalDate to, String label) {
        ReportPeriod period = ReportPeriod.parse(name);
        assertThat(period.name()).isEqualTo(name);
        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(to);
        assertThat(period.label()).isEqualTo(label);
    }

    @Test
    void theEndIsMidnightInVietnamAfterTheLastDay() {
        ReportPeriod q4 = ReportPeriod.parse("2026-Q4");
        assertThat(q4.end()).isEqualTo(java.time.Instant.parse("2026-12-14T17:00:00Z"));
        assertThat(q4.contains(java.time.Instant.parse("2026-12-14T16:59:59Z"))).isTrue();
        assertThat(q4.contains(q4.end())).isFalse();
        assertThat(q4.contains(q4.start())).isTrue();
        assertThat(q4.before(q4.start().minusSeconds(1))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2026-12-01, 2026-Q4", "2026-12-14, 2026-Q4", "2026-12-15, 2027-Q1", "2026-03-14, 2026-Q1",
            "2026-03-15, 2026-Q2", "2026-01-10, 2026-Q1", "2026-09-20, 2026-Q4"})
    void aDayFallsInTheQuarterWhoseFiguresItCountsIn(LocalDate day, String quarter) {
        ReportPeriod period = ReportPeriod.quarterOf(day);
        assertThat(period.name()).isEqualTo(quarter);
        assertThat(day).isBetween(period.from(), period.to());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "2026-12", "2026-6m6", "Q4-2026", "26", "2026-H1", "", "1999"})
    void anythingElseIsRefusedNamingThePeriod(String period) {
        assertThatThrownBy(() -> ReportPeriod.parse(period)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("period"))
                .hasMessageContaining("'" + period + "'");
    }

    @Test
    void formatsAreNamedWhenRefused() {
        assertThat(ReportFormat.parse("XLSX", ReportFormat.XLSX, ReportFormat.PDF)).isEqualTo(ReportFormat.XLSX);
        assertThatThrownBy(() -> ReportFormat.parse("docx", ReportFormat.XLSX, ReportFormat.PDF))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("format").hasMessageContaining("'docx'");
        assertThatThrownBy(() -> ReportFormat.parse("xlsx", ReportFormat.PDF)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'xlsx'");
    }
}
