package vn.danvan.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.support.DefaultUnits;

/**
 * What the access checks of every module ask a caller beyond what they see ({@link UnitRulesTest}): which
 * units they are an officer of, their roles, whether they work above the commune. No database.
 */
class CallerTest {

    @ParameterizedTest(name = "{0}: officer of {1}, above the commune {2}, administers {3}")
    @CsvSource(delimiter = ';', value = {
            "hiepan;                     hiepan;           false; false",
            "huyen;                      huyen;            true;  false",
            "huyenuy;                    huyenuy;          true;  false",
            "hiepandanguy;               hiepandanguy;     false; false",
            "camunda-admin;              ;                 false; true",
            "liennghia,lanhdao;          liennghia;        false; false",
            "hiepan,mttqhuyen;           hiepan,mttqhuyen; true;  false",
            "cu;                         ;                 false; false"})
    void whatACallerIsFromTheirGroups(String groups, String units, boolean aboveCommune, boolean administers) {
        Caller caller = Caller.of("u1", List.of(groups.split(",")), DefaultUnits.TREE);

        assertThat(caller.unitCodes()).containsExactlyInAnyOrder(units == null ? new String[0] : units.split(","));
        assertThat(caller.worksAboveTheCommune()).as("above the commune").isEqualTo(aboveCommune);
        assertThat(caller.administers()).as("administers").isEqualTo(administers);
        assertThat(caller.userId()).isEqualTo("u1");
    }

    @Test
    void isInNamesOnlyTheCallersOwnActiveUnits() {
        Caller caller = DefaultUnits.caller("huyen", "cu");

        assertThat(caller.isIn("huyen")).isTrue();
        assertThat(caller.isIn("hiepan")).as("seen, not one's own").isFalse();
        assertThat(caller.sees("hiepan")).isTrue();
        assertThat(caller.isIn("cu")).as("an inactive unit").isFalse();
        assertThat(caller.isIn(null)).isFalse();
    }

    @Test
    void rolesAreGroupsThatAreNoUnits() {
        Caller caller = DefaultUnits.caller("liennghia", "lanhdao", "intakeservice");

        assertThat(caller.has(Role.LEADER)).isTrue();
        assertThat(caller.has(Role.INTAKE_SERVICE)).isTrue();
        assertThat(caller.has(Role.SUPERVISION_SERVICE)).isFalse();
        assertThat(caller.has(Role.ADMIN)).isFalse();
        assertThat(caller.units()).extracting(Unit::code).containsExactly("liennghia");
    }

    @Test
    void aLimitedScopeNamesItsUnitsAndTheWholeScopeDoesNot() {
        assertThat(DefaultUnits.caller("hiepan").scope().units()).containsExactly("hiepan");
        assertThat(DefaultUnits.caller("camunda-admin").scope().isAll()).isTrue();
        assertThatThrownBy(() -> DefaultUnits.caller("camunda-admin").scope().units()).isInstanceOf(IllegalStateException.class);
        assertThat(DefaultUnits.caller("huyen").toString()).contains("huyen");
    }
}
