package vn.danvan.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.danvan.support.DefaultUnits;

/**
 * The rule table of who does and sees what, on a small copy of the default organisation
 * ({@link DefaultUnits}). No database: the rules work on the units alone.
 */
class UnitRulesTest {

    static final UnitTree TREE = DefaultUnits.TREE;

    static Caller caller(String... groups) {
        return DefaultUnits.caller(groups);
    }

    @ParameterizedTest(name = "{0}: receives {1}, handles {2}, supervises {3}, leads {4}, reach {5}")
    @CsvSource({
            "COMMUNE,      true,  true,  false, false, OWN",
            "RECEPTION,    false, true,  false, false, LINE",
            "FRONT,        false, false, true,  false, LINE",
            "ORGANISATION, false, false, true,  false, LINE",
            "PARTY,        false, false, false, true,  AREA"})
    void eachKindKnowsWhatItDoes(UnitKind kind, boolean receives, boolean handles, boolean supervises, boolean leads,
            UnitKind.Reach reach) {
        assertThat(kind.receivesPetitions()).isEqualTo(receives);
        assertThat(kind.handlesPetitions()).isEqualTo(handles);
        assertThat(kind.supervises()).isEqualTo(supervises);
        assertThat(kind.leads()).isEqualTo(leads);
        assertThat(kind.reach()).isEqualTo(reach);
    }

    @ParameterizedTest(name = "an officer of {0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "hiepan;          hiepan",
            "huyen;           huyen,hiepan,liennghia",
            "hiepanmttq;      hiepanmttq",
            "hiepanhnd;       hiepanhnd",
            "mttqhuyen;       mttqhuyen,hiepanmttq,liennghiamttq",
            "hoinongdanhuyen; hoinongdanhuyen,hiepanhnd,liennghiahnd",
            "hiepandanguy;    hiepandanguy,hiepan,hiepanmttq,hiepanhnd"})
    void eachUnitSeesByItsKind(String unit, String seen) {
        Caller caller = caller(unit);

        assertThat(caller.seesEverything()).isFalse();
        assertThat(caller.scope().units()).containsExactlyInAnyOrder(seen.split(","));
    }

    @ParameterizedTest
    @CsvSource({"huyenuy", "bandanvan", "ubkthuyenuy", "camunda-admin"})
    void theCommitteesBodiesAndAdministratorsSeeEveryUnit(String group) {
        Caller caller = caller(group);

        assertThat(caller.seesEverything()).isTrue();
        assertThat(caller.sees("liennghia")).isTrue();
    }

    @Test
    void severalUnitsAddUpAndGroupsThatAreNoUnitsGiveNothing() {
        assertThat(caller("hiepan", "liennghiamttq", "lanhdao").scope().units())
                .containsExactlyInAnyOrder("hiepan", "liennghiamttq");
        assertThat(caller("lanhdao").scope().units()).isEmpty();
        assertThat(caller("lanhdao").has(Role.LEADER)).isTrue();
        assertThat(caller("cu").units()).as("an inactive unit gives its former officers nothing").isEmpty();
    }

    @ParameterizedTest(name = "{0} may know a denouncer held by hiepan: {1}")
    @CsvSource({"hiepan, true", "huyenuy, true", "bandanvan, true", "ubkthuyenuy, true", "camunda-admin, false",
            "hiepandanguy, false", "liennghia, false", "huyen, false", "mttqhuyen, false"})
    void aProtectedIdentityIsKnownOnlyToTheHandlingUnitAndTheCommitteeNotToAdministrators(String group, boolean known) {
        assertThat(caller(group).mayKnowProtectedIdentityAt("hiepan")).isEqualTo(known);
    }

    @ParameterizedTest(name = "{0} is led by {1}, directed by {2}, has the Front {3}")
    @CsvSource({
            "hiepan,          hiepandanguy, huyenuy, hiepanmttq",
            "hiepanmttq,      hiepandanguy, huyenuy, hiepanmttq",
            "hiepandanguy,    hiepandanguy, huyenuy, hiepanmttq",
            "mttqhuyen,       huyenuy,      huyenuy, mttqhuyen",
            "huyen,           huyenuy,      huyenuy, mttqhuyen",
            "bandanvan,       bandanvan,    bandanvan, mttqhuyen"})
    void whoLeadsDirectsAndStandsBesideAUnit(String code, String leader, String director, String front) {
        Unit unit = TREE.find(code).orElseThrow();

        assertThat(TREE.leadingCommittee(unit)).map(Unit::code).hasValue(leader);
        assertThat(TREE.committeeAbove(unit)).map(Unit::code).hasValue(director);
        assertThat(TREE.frontOf(unit)).map(Unit::code).hasValue(front);
    }

    @Test
    void aFrontAsksTheOrganisationsOfItsOwnLevelForTheirOpinions() {
        assertThat(TREE.organisationsBeside(TREE.find("hiepanmttq").orElseThrow())).map(Unit::code)
                .containsExactly("hiepanhnd");
        assertThat(TREE.organisationsBeside(TREE.find("mttqhuyen").orElseThrow())).map(Unit::code)
                .containsExactly("hoinongdanhuyen");
        assertThat(TREE.organisationsBeside(TREE.find("huyenuy").orElseThrow())).isEmpty();
    }

    @Test
    void parentsThatWouldCloseALoopAreFound() {
        assertThat(TREE.wouldCycle("huyen", "hiepan")).isTrue();
        assertThat(TREE.wouldCycle("huyenuy", "hiepandanguy")).isTrue();
        assertThat(TREE.wouldCycle("hiepan", "hiepan")).isTrue();
        assertThat(TREE.wouldCycle("hiepan", "mttqhuyen")).isFalse();
        assertThat(TREE.above("hiepan", 1)).isEqualTo("huyen");
        assertThat(TREE.above("hiepan", 2)).isEqualTo("huyenuy");
        assertThat(TREE.above("hiepan", 5)).isEqualTo("huyenuy");
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void levelsParseFromTheirCodesOnly(Level level) {
        assertThat(Level.parse(level.name())).isEqualTo(level);
        assertThat(Level.parse(level.name().toLowerCase())).isNull();
        assertThat(UnitKind.parse("FRONT ")).isNull();
        assertThat(Set.of(Level.values())).hasSize(3);
    }
}
