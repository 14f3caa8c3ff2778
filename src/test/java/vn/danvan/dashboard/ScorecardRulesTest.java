package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.web.InvalidInputException;

/** How a figure meets its goal, how a share is rounded, and which years the scorecard takes. */
class ScorecardRulesTest {

    @Test
    void overMeansAboveAndFromMeansAtLeast() {
        ScorecardGoals.Goal over = new ScorecardGoals.Goal("MEMBERS_ACTIVE", "", "PERCENT", new BigDecimal("90"), true, "");
        ScorecardGoals.Goal from = new ScorecardGoals.Goal("PEOPLE_GATHERED", "", "PERCENT", new BigDecimal("95"), false, "");
        assertThat(over.met(new BigDecimal("90.00"))).isFalse();
        assertThat(over.met(new BigDecimal("90.01"))).isTrue();
        assertThat(from.met(new BigDecimal("95.00"))).isTrue();
        assertThat(from.met(new BigDecimal("94.99"))).isFalse();
        assertThat(from.met(null)).isFalse();
    }

    @Test
    void sharesArePercentagesWithTwoDecimalsAndNoneWithoutAWhole() {
        assertThat(ScorecardService.ratio(2, 3)).isEqualByComparingTo("66.67");
        assertThat(ScorecardService.ratio(3, 4)).isEqualByComparingTo("75");
        assertThat(ScorecardService.ratio(0, 0)).isNull();
    }

    @Test
    void aYearOutsideTheRangeOrNotANumberIsRefusedNamingIt() {
        assertThat(ScorecardController.year("2026")).isEqualTo(2026);
        for (String bad : new String[] {"20x6", "1999", "2101", "-1"}) {
            assertThatThrownBy(() -> ScorecardController.year(bad)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("year"));
        }
    }
}
