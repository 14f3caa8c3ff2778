package vn.danvan.unitreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.web.InvalidInputException;

/** The one check of a unit's figures, and the periods it reports for, without an engine. */
class ReportFiguresTest {

    @Test
    void validFiguresPass() {
        assertThat(ReportFigures.of(UnitReportDriver.typical()).problems()).isEmpty();
    }

    @Test
    void aPercentageOutsideZeroToHundredIsRefusedNamingTheField() {
        Map<String, Object> f = UnitReportDriver.typical();
        f.put("membersActivePercent", 100.5);
        f.put("peopleGatheredPercent", -1);
        assertThat(ReportFigures.of(f).problems()).extracting(ReportFigures.Problem::field)
                .containsExactly("peopleGatheredPercent", "membersActivePercent");
    }

    @Test
    void aNegativeOrMissingCountIsRefused() {
        Map<String, Object> f = UnitReportDriver.typical();
        f.put("difficultAreasSupported", -2);
        f.remove("modelInitiatives");
        assertThat(ReportFigures.of(f).problems()).extracting(ReportFigures.Problem::field)
                .containsExactly("modelInitiatives", "difficultAreasSupported");
    }

    @Test
    void aPartGreaterThanItsWholeIsRefusedNamingThePart() {
        Map<String, Object> f = UnitReportDriver.figures(96, 91, true, 10, 11, 20, 21, 1, 10, 6, 7, 1);
        assertThat(ReportFigures.of(f).problems()).extracting(ReportFigures.Problem::field)
                .containsExactly("branchesGoodOrBetter", "officersTrained", "residentialAreasModel");
    }

    @Test
    void formNumbersAndTextAreRead() {
        Map<String, Object> f = UnitReportDriver.typical();
        f.put("officersTotal", 20L);
        f.put("officersTrained", "19");
        f.put("peopleGatheredPercent", "95.5");
        ReportFigures figures = ReportFigures.of(f);
        assertThat(figures.problems()).isEmpty();
        assertThat(figures.officersTrained()).isEqualTo(19);
        assertThat(figures.peopleGatheredPercent()).isEqualByComparingTo("95.5");
    }

    @Test
    void periodsAreHalfYearsOrYears() {
        assertThat(ReportingPeriod.parse("period", "2026-H1")).isEqualTo(new ReportingPeriod("2026-H1", 2026, "HALF_YEAR"));
        assertThat(ReportingPeriod.parse("period", "2026")).isEqualTo(new ReportingPeriod("2026", 2026, "YEAR"));
        assertThat(ReportingPeriod.parse("period", "2026-H2").shown()).isEqualTo("6 tháng cuối năm 2026");
        for (String bad : new String[] {"2026-Q1", "2026-H3", "26", "", "1999"}) {
            assertThatThrownBy(() -> ReportingPeriod.parse("period", bad)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("period"));
        }
        assertThatThrownBy(() -> ReportingPeriod.parse("period", null)).isInstanceOf(InvalidInputException.class);
    }
}
