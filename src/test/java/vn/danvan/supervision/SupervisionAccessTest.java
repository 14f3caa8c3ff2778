package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.organization.Caller;
import vn.danvan.support.DefaultUnits;

/** Who sees, answers and scans what in supervision, on the default organisation. */
class SupervisionAccessTest {

    final SupervisionAccess access = new SupervisionAccess();
    final Campaign campaign = mock(Campaign.class);

    SupervisionAccessTest() {
        when(campaign.unitCode()).thenReturn("hiepanmttq");
    }

    @ParameterizedTest(name = "{0}: sees all {1}, sees Hiệp An Front''s campaign {2}, answers it {3}, scans petitions {4}")
    @CsvSource({
            "hiepanmttq,         false, true,  true,  true",
            "mttqhuyen,          false, true,  false, true",
            "hiepandanguy,       false, true,  false, false",
            "hiepanhnd,          false, false, false, false",
            "liennghiamttq,      false, false, false, true",
            "hiepan,             false, false, false, false",
            "huyenuy,            true,  true,  false, true",
            "camunda-admin,      true,  true,  true,  true",
            "supervisionservice, true,  true,  true,  false",
            "lanhdao,            false, false, false, false"})
    void eachCallerByTheirUnitAndRole(String group, boolean seesAll, boolean sees, boolean answers, boolean scans) {
        Caller caller = DefaultUnits.caller(group);

        assertThat(access.seesAll(caller)).as("sees all").isEqualTo(seesAll);
        assertThat(access.canView(caller, campaign)).as("sees the campaign").isEqualTo(sees);
        assertThat(access.canAnswer(caller, campaign)).as("answers its recommendations").isEqualTo(answers);
        assertThat(access.canScanPetitions(caller)).as("runs the recurring-petition check").isEqualTo(scans);
    }
}
