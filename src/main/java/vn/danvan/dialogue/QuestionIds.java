package vn.danvan.dialogue;

import java.util.List;
import org.springframework.stereotype.Component;

/** The questions of a conference, for the assignment step's multi-instance ({@code ${dialogueQuestionIds.of(conferenceId)}}). */
@Component("dialogueQuestionIds")
public class QuestionIds {

    private final Questions questions;

    QuestionIds(Questions questions) {
        this.questions = questions;
    }

    public List<String> of(String conferenceId) {
        return questions.idsOf(conferenceId);
    }
}
