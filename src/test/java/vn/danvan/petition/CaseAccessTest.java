package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.organization.Caller;
import vn.danvan.support.DefaultUnits;

/**
 * Who may see a case and know its petitioner, on the default organisation without a database: the
 * timeline, the only thing read from it, is a stub.
 */
class CaseAccessTest {

    final JdbcClient jdbc = mock(JdbcClient.class);
    final JdbcClient.StatementSpec timeline = mock(JdbcClient.StatementSpec.class);
    final CaseAccess access = new CaseAccess(jdbc);

    @ParameterizedTest(name = "{0} sees a case received by hiepan and now at huyen: {1}")
    @CsvSource({"hiepan, true", "huyen, true", "hiepandanguy, true", "huyenuy, true", "ubkthuyenuy, true",
            "camunda-admin, true"})
    void whoeverSeesTheReceivingOrTheHoldingUnitSeesTheCase(String group, boolean seen) {
        assertThat(access.canView(DefaultUnits.caller(group), aCase("hiepan", "huyen", "COMPLAINT"))).isEqualTo(seen);
        verifyNoInteractions(jdbc);
    }

    @ParameterizedTest(name = "{0} does not see a case of hiepan it never held")
    @CsvSource({"liennghia", "hiepanmttq", "mttqhuyen", "liennghiadanguy"})
    void otherUnitsDoNotLearnThatItExists(String group) {
        timelineRows(0);

        assertThat(access.canView(DefaultUnits.caller(group), aCase("hiepan", "hiepan", "FEEDBACK"))).isFalse();
    }

    @Test
    void aUnitTheCaseWasWithStillSeesIt() {
        timelineRows(1);

        assertThat(access.canView(DefaultUnits.caller("liennghia", "lanhdao"), aCase("hiepan", "hiepan", "FEEDBACK"))).isTrue();
        verify(timeline).param("caseId", "C-1");
        verify(timeline).param("units", Set.of("liennghia"));
    }

    @Test
    void someoneOfNoUnitSeesNoCaseAndTheTimelineIsNotAsked() {
        assertThat(access.canView(DefaultUnits.caller("lanhdao"), aCase("hiepan", "hiepan", "FEEDBACK"))).isFalse();
        assertThat(access.canView(DefaultUnits.caller("intakeservice"), aCase("hiepan", "hiepan", "FEEDBACK"))).isFalse();
        verifyNoInteractions(jdbc);
    }

    @ParameterizedTest(name = "{0} may know who denounced, the denunciation being at huyen: {1}")
    @CsvSource({"huyen, true", "huyenuy, true", "ubkthuyenuy, true", "hiepan, false", "hiepandanguy, false",
            "camunda-admin, false", "mttqhuyen, false"})
    void aDenouncerIsKnownToTheUnitHoldingTheCaseNowAndToTheCommittee(String group, boolean known) {
        assertThat(access.mayKnowPetitioner(DefaultUnits.caller(group), aCase("hiepan", "huyen", "DENUNCIATION")))
                .isEqualTo(known);
    }

    @Test
    void anyoneWhoSeesAnotherKindOfPetitionKnowsItsPetitioner() {
        for (String group : new String[] {"hiepan", "huyen", "camunda-admin", "hiepandanguy"}) {
            assertThat(access.mayKnowPetitioner(DefaultUnits.caller(group), aCase("hiepan", "huyen", "COMPLAINT")))
                    .as(group).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} submits for hiepan: {1}")
    @CsvSource({"hiepan, true", "liennghia, false", "huyen, false", "hiepandanguy, false", "camunda-admin, true",
            "intakeservice, true", "lanhdao, false"})
    void officersSubmitForTheirOwnUnitServiceAccountsAndAdministratorsForAny(String group, boolean may) {
        Caller caller = DefaultUnits.caller(group);

        assertThat(access.canSubmitFor(caller, "hiepan")).isEqualTo(may);
    }

    @SuppressWarnings("unchecked")
    private void timelineRows(long count) {
        JdbcClient.MappedQuerySpec<Long> rows = mock(JdbcClient.MappedQuerySpec.class);
        when(jdbc.sql(anyString())).thenReturn(timeline);
        when(timeline.param(anyString(), any())).thenReturn(timeline);
        when(timeline.query(Long.class)).thenReturn(rows);
        when(rows.single()).thenReturn(count);
    }

    static PetitionCase aCase(String origin, String current, String type) {
        PetitionCase c = mock(PetitionCase.class);
        when(c.caseId()).thenReturn("C-1");
        when(c.originUnitCode()).thenReturn(origin);
        when(c.currentUnitCode()).thenReturn(current);
        when(c.isDenunciation()).thenReturn("DENUNCIATION".equals(type));
        return c;
    }
}
