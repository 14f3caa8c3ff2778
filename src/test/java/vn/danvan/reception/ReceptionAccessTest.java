package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.organization.Caller;
import vn.danvan.support.DefaultUnits;

/** Who manages and reads a unit's reception schedules, on the default organisation. */
class ReceptionAccessTest {

    final ReceptionAccess access = new ReceptionAccess();

    @ParameterizedTest(name = "{0}: manages Hiệp An''s schedules {1}, reads them {2}")
    @CsvSource({"hiepan, true, true", "camunda-admin, true, true", "huyen, false, true", "hiepandanguy, false, true",
            "huyenuy, false, true", "liennghia, false, false", "hiepanmttq, false, false", "lanhdao, false, false"})
    void aUnitManagesItsOwnAndWhoeverSeesItReads(String group, boolean manages, boolean reads) {
        Caller caller = DefaultUnits.caller(group);

        assertThat(access.canManage(caller, "hiepan")).as("manages").isEqualTo(manages);
        assertThat(access.canView(caller, "hiepan")).as("reads").isEqualTo(reads);
    }
}
