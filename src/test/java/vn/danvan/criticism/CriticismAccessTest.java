package vn.danvan.criticism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.organization.Caller;
import vn.danvan.support.DefaultUnits;

/** Who sees and registers a social criticism, on the default organisation. */
class CriticismAccessTest {

    final CriticismAccess access = new CriticismAccess();
    final Criticism criticism = mock(Criticism.class);

    CriticismAccessTest() {
        when(criticism.unitCode()).thenReturn("hiepanmttq");
    }

    @ParameterizedTest(name = "{0}: sees Hiệp An Front''s criticism {1}, works on it {2}, sees every unit {3}")
    @CsvSource({"hiepanmttq, true, true, false", "mttqhuyen, true, false, false", "hiepandanguy, true, false, false",
            "huyenuy, true, false, true", "camunda-admin, true, true, true", "liennghiamttq, false, false, false",
            "hiepan, false, false, false"})
    void itIsItsFrontCommitteesWork(String group, boolean sees, boolean works, boolean seesAll) {
        Caller caller = DefaultUnits.caller(group);

        assertThat(access.canView(caller, criticism)).as("sees").isEqualTo(sees);
        assertThat(access.canWork(caller, "hiepanmttq")).as("works").isEqualTo(works);
        assertThat(access.scope(caller).isAll()).as("scope is every unit").isEqualTo(seesAll);
        if (!seesAll) {
            assertThat(access.scope(caller).units()).isEqualTo(caller.scope().units());
        }
    }
}
