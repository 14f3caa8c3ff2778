package vn.danvan.dialogue;

import java.util.List;

/**
 * Stands in for the bean {@code dialogueQuestionIds} that bpmn/dialogue-conference.bpmn asks for the
 * questions to assign (one task each). Public: the engine's expression language calls it by reflection.
 */
public final class QuestionIdsStandIn {

    private final List<String> ids;

    public QuestionIdsStandIn(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    public List<String> of(String conferenceId) {
        return ids;
    }
}
