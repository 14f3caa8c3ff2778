package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.organization.UnitScope;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.support.DefaultUnits;

/**
 * The dashboard's filters as a SQL condition on its read model, without a database: a misspelt value
 * is refused naming its field, and a caller's scope always bounds the cases counted.
 */
class CaseFilterTest {

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"state, LATER", "level, PROVINCE", "type, PETITION", "from, 2026-13", "to, November"})
    void aMisspeltValueIsRefusedNamingItsField(String field, String value) {
        assertThatThrownBy(() -> parse(field, value)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }

    @Test
    void everyValueTheReadModelHoldsIsAccepted() {
        for (String state : List.of("OPEN", "DUE_SOON", "LATE", "VERY_LATE", "CLOSED")) {
            assertThat(parse("state", state).state()).isEqualTo(state);
        }
        for (String level : List.of("COMMUNE", "DISTRICT", "COMMITTEE")) {
            assertThat(parse("level", level).level()).isEqualTo(level);
        }
        for (String type : List.of("COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "FEEDBACK", "UNCLASSIFIED")) {
            assertThat(parse("type", type).type()).isEqualTo(type);
        }
    }

    @Test
    void blankFieldsFilterNothing() {
        CaseFilter filter = CaseFilter.parse(" ", "", null, "", " ", null);

        assertThat(filter).isEqualTo(new CaseFilter(null, null, null, null, null, null));
        CaseFilter.Condition condition = filter.condition(UnitScope.all(), false);
        assertThat(condition.sql()).isEqualTo("true");
        assertThat(condition.params()).isEmpty();
    }

    @Test
    void everyFilterNarrowsTheCases() {
        CaseFilter filter = CaseFilter.parse("hiepan", "2026-01", "2026-11", "COMPLAINT", "DISTRICT", "VERY_LATE");

        CaseFilter.Condition condition = filter.condition(DefaultUnits.caller("huyen").scope(), false);

        assertThat(condition.sql()).isEqualTo("origin_unit = :unit AND received_month >= :from AND received_month <= :to"
                + " AND case_type = :type AND current_level = :level AND state = :state");
        assertThat(condition.params()).containsEntry("unit", "hiepan").containsEntry("from", LocalDate.of(2026, 1, 1))
                .containsEntry("to", LocalDate.of(2026, 11, 1)).containsEntry("type", "COMPLAINT")
                .containsEntry("level", "DISTRICT").containsEntry("state", "VERY_LATE");
        assertThat(filter.from()).isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void openMeansNotClosedAndLateIncludesVeryLate() {
        assertThat(parse("state", "OPEN").condition(UnitScope.all(), false).sql()).isEqualTo("state <> 'CLOSED'");
        assertThat(parse("state", "LATE").condition(UnitScope.all(), false).sql())
                .isEqualTo("state IN ('LATE', 'VERY_LATE')");
        assertThat(parse("state", "LATE").condition(UnitScope.all(), false).params()).isEmpty();
    }

    @Test
    void aCallerWhoDoesNotSeeEveryUnitCountsOnlyTheUnitsTheySee() {
        CaseFilter.Condition condition = parse("state", null).condition(DefaultUnits.caller("huyen").scope(), false);

        assertThat(condition.sql()).isEqualTo("origin_unit IN (:scope)");
        assertThat(condition.params().get("scope")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactlyInAnyOrder("huyen", "hiepan", "liennghia");
    }

    @Test
    void aCallerWhoSeesNoUnitCountsNothing() {
        CaseFilter.Condition condition = parse("state", null).condition(UnitScope.of(Set.of()), true);

        // an empty IN () is invalid SQL; a list holding no unit code matches no case
        assertThat(condition.params()).containsEntry("scope", List.of(""));
    }

    @Test
    void aUnitOutsideTheCallersScopeIsRefused() {
        CaseFilter filter = CaseFilter.parse("liennghia", null, null, null, null, null);

        assertThatThrownBy(() -> filter.condition(DefaultUnits.caller("hiepan").scope(), false))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("unit"));
        assertThat(filter.condition(DefaultUnits.caller("liennghiadanguy").scope(), false).sql())
                .as("Liên Nghĩa's Party committee sees it").isEqualTo("origin_unit = :unit");
    }

    private static CaseFilter parse(String field, String value) {
        return CaseFilter.parse(null, field.equals("from") ? value : null, field.equals("to") ? value : null,
                field.equals("type") ? value : null, field.equals("level") ? value : null,
                field.equals("state") ? value : null);
    }
}
