package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.support.DecisionTables;

/**
 * The rows of the routing table for denunciations (Denunciation Law 2018, arts. 12-15), on the DMN
 * engine alone: each row as a legal reviewer reads it. The deadline rows that the denunciation and Party
 * inspection paths added are tested with every other row in {@code DeadlineRulesTableTest}.
 */
class RoutingRulesTest {

    /** The engine configured as the application's (its FEEL setting). */
    static final DmnEngine dmn = DecisionTables.engine();
    static final DmnDecision routing = DecisionTables.parse("petition-routing.dmn", "petition-routing");

    @ParameterizedTest(name = "a denunciation about {0} is resolved at {1}")
    @CsvSource({
            "COMMUNE_OFFICIAL, COMMUNE, Điều 13 khoản 1",
            "COMMUNE_LEADER, DISTRICT, Điều 13 khoản 2",
            "DISTRICT_MANAGED, DISTRICT, Điều 13 khoản 2",
            "ORGANISATION, DISTRICT, Điều 14-15",
            "PARTY_MEMBER, COMMITTEE, Quy định 22-QĐ/TW"})
    void whomADenunciationIsAboutDecidesItsLevel(String denounced, String level, String basis) {
        DmnDecisionRuleResult row = route("DENUNCIATION", false, false, denounced);
        assertThat(row.<String>getEntry("handlingLevel")).isEqualTo(level);
        assertThat(row.<String>getEntry("routingNote")).contains(basis);
    }

    @Test
    void aDenunciationWhoseSubjectIsNotGivenGoesUpAsBefore() {
        assertThat(route("DENUNCIATION", false, false, null).<String>getEntry("handlingLevel")).isEqualTo("DISTRICT");
    }

    @Test
    void aProcessStartedBeforeTheNewInputStillRoutes() {
        // a district process of an upgraded database has no denouncedPerson variable at all. The table
        // alone routes it on the default (FEEL) engine; under the application's setting
        // (dmn-feel-enable-legacy-behavior: true) its JUEL input would fail on the missing variable
        // (DMN-01002), so both routing tasks map it to null first: PetitionCommuneProcessTest and
        // PetitionDistrictProcessTest ...BeforeTheTableAskedWhomADenunciationIsAboutStillRoutes.
        DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision routing = DecisionTables.parse(dmn, "petition-routing.dmn", "petition-routing");
        VariableMap inputs = Variables.createVariables().putValue("caseType", "DENUNCIATION")
                .putValue("subjectArea", "OFFICIAL_CONDUCT").putValue("concernsPartyMember", false)
                .putValue("districtDecision", false);
        assertThat(dmn.evaluateDecisionTable(routing, inputs).getSingleResult().<String>getEntry("handlingLevel"))
                .isEqualTo("DISTRICT");
    }

    @Test
    void aPartyMemberTickedOnTheFormStillGoesToTheCommitteeWhateverElseIsSaid() {
        assertThat(route("DENUNCIATION", true, false, "COMMUNE_OFFICIAL").<String>getEntry("handlingLevel"))
                .isEqualTo("COMMITTEE");
    }

    @Test
    void whomItIsAboutMattersOnlyForADenunciation() {
        assertThat(route("FEEDBACK", false, false, "COMMUNE_LEADER").<String>getEntry("handlingLevel")).isEqualTo("COMMUNE");
        assertThat(route("COMPLAINT", false, true, "COMMUNE_OFFICIAL").<String>getEntry("handlingLevel")).isEqualTo("DISTRICT");
    }

    @Test
    void aDenunciationOfACommuneOfficialStaysAtTheCommuneEvenAboutAnUpperDecision() {
        // whom it denounces, not whose decision it mentions, says who resolves a denunciation
        assertThat(route("DENUNCIATION", false, true, "COMMUNE_OFFICIAL").<String>getEntry("handlingLevel"))
                .isEqualTo("COMMUNE");
    }

    private static DmnDecisionRuleResult route(String type, boolean partyMember, boolean upperDecision, String denounced) {
        VariableMap inputs = Variables.createVariables().putValue("caseType", type).putValue("subjectArea", "OFFICIAL_CONDUCT")
                .putValue("concernsPartyMember", partyMember).putValue("districtDecision", upperDecision)
                .putValue("denouncedPerson", denounced);
        return dmn.evaluateDecisionTable(routing, inputs).getSingleResult();
    }
}
