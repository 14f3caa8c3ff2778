package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.support.DefaultUnits;

/** Who sees and works on a conference, on the default organisation; its commitments and questions are stubs. */
class DialogueAccessTest {

    final Commitments commitments = mock(Commitments.class);
    final Questions questions = mock(Questions.class);
    final DialogueAccess access = new DialogueAccess(commitments, questions);
    final Conference conference = mock(Conference.class);

    DialogueAccessTest() {
        when(conference.conferenceId()).thenReturn("DLG-1");
        when(conference.unitCode()).thenReturn("hiepanmttq");
    }

    @ParameterizedTest(name = "{0} works on Hiệp An Front''s conference: {1}")
    @CsvSource({"hiepanmttq, true", "camunda-admin, true", "mttqhuyen, false", "hiepandanguy, false", "huyenuy, false",
            "hiepan, false"})
    void onlyTheHoldingUnitAndAdministratorsRecordItsQuestionsAndCommitments(String group, boolean works) {
        assertThat(access.canWork(DefaultUnits.caller(group), conference)).isEqualTo(works);
    }

    @ParameterizedTest(name = "{0} sees it")
    @CsvSource({"hiepanmttq", "mttqhuyen", "hiepandanguy", "huyenuy", "camunda-admin"})
    void whoeverSeesTheHoldingUnitSeesItWithoutLookingFurther(String group) {
        assertThat(access.canView(DefaultUnits.caller(group), conference)).isTrue();
        verifyNoInteractions(commitments, questions);
    }

    @Test
    void theOwnerOfACommitmentAndTheUnitThatAnswersInWritingSeeIt() {
        Commitment owned = mock(Commitment.class);
        when(owned.ownerUnitCode()).thenReturn("hiepan");
        when(commitments.of("DLG-1")).thenReturn(List.of(owned));
        when(questions.writtenAnswerUnits("DLG-1")).thenReturn(List.of("huyen"));

        assertThat(access.canView(DefaultUnits.caller("hiepan"), conference)).as("owns a commitment").isTrue();
        assertThat(access.canView(DefaultUnits.caller("huyen"), conference)).as("answers a question in writing").isTrue();
        assertThat(access.canView(DefaultUnits.caller("liennghia"), conference)).isFalse();
        assertThat(access.canView(DefaultUnits.caller("lanhdao"), conference)).isFalse();
    }
}
