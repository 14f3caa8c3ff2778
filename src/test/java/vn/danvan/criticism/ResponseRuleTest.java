package vn.danvan.criticism;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danvan.messaging.contract.Lateness;

/** The one rule every door applies to the authority's response (Tasklist's form, REST). */
class ResponseRuleTest {

    @Test
    void aLetterNeedsItsNumberAndWhatIsNotAcceptedNeedsItsExplanation() {
        assertThat(ResponseRule.check(null, "CV 1", "x", Lateness.ON_TIME)).map(ResponseRule.Refusal::field).hasValue("response");
        assertThat(ResponseRule.check(CriticismResponse.ACCEPTED, null, null, Lateness.ON_TIME))
                .map(ResponseRule.Refusal::field).hasValue("responseReference");
        assertThat(ResponseRule.check(CriticismResponse.ACCEPTED, "CV 1", null, Lateness.ON_TIME)).isEmpty();
        for (CriticismResponse partial : new CriticismResponse[] {CriticismResponse.PARTLY_ACCEPTED, CriticismResponse.NOT_ACCEPTED}) {
            assertThat(ResponseRule.check(partial, "CV 1", null, Lateness.LATE)).map(ResponseRule.Refusal::field)
                    .as(partial.name()).hasValue("responseText");
            assertThat(ResponseRule.check(partial, "CV 1", "Giải trình", Lateness.ON_TIME)).as(partial.name()).isEmpty();
        }
    }

    @Test
    void theAbsenceOfAResponseIsRecordedOnlyOnceItIsLate() {
        assertThat(ResponseRule.check(CriticismResponse.NONE, null, null, Lateness.ON_TIME))
                .hasValueSatisfying(refusal -> assertThat(refusal.conflict()).isTrue());
        assertThat(ResponseRule.check(CriticismResponse.NONE, null, null, Lateness.LATE)).isEmpty();
        assertThat(ResponseRule.check(CriticismResponse.NONE, null, null, Lateness.VERY_LATE)).isEmpty();
    }
}
