package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void aRecommendationNotFullyAcceptedNeedsAReason() {
        assertThat(new Answer(Answer.Response.ACCEPTED, null, null).missingField()).isNull();
        assertThat(new Answer(Answer.Response.REJECTED, "Không", " ").missingField()).isEqualTo("reason");
        assertThat(new Answer(Answer.Response.PARTLY_ACCEPTED, null, null).missingField()).isEqualTo("reason");
        assertThat(new Answer(Answer.Response.REJECTED, null, "Thiếu kinh phí").missingField()).isNull();
        assertThat(new Answer(null, "text", null).missingField()).isEqualTo("response");
    }

    @Test
    void theYearlyCheckDatesDefaultToTheEndOfJuneAndSeptember() {
        SupervisionProperties properties = new SupervisionProperties(3, 1, 2, "06-30", "09-30", "0 0 7 * * *");
        assertThat(properties.reminderDay()).isEqualTo(MonthDay.of(6, 30));
        assertThat(properties.escalationDay()).isEqualTo(MonthDay.of(9, 30));
    }

    @Test
    void linkedCaseIdsAreSplitTrimmedAndDeduplicated() {
        assertThat(CampaignPlanning.caseIds(" DAQUYN-2026-00001, DAQUYN-2026-00002,,DAQUYN-2026-00001 "))
                .containsExactly("DAQUYN-2026-00001", "DAQUYN-2026-00002");
        assertThat(CampaignPlanning.caseIds(null)).isEmpty();
    }
}
