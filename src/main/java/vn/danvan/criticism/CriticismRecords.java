package vn.danvan.criticism;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of a criticism and add to its history: the module that issues official
 * documents reads the criticism and its opinions and notes the criticism document it issued.
 */
@Service
public class CriticismRecords {

    private final Criticisms criticisms;
    private final CriticismOpinions opinions;

    CriticismRecords(Criticisms criticisms, CriticismOpinions opinions) {
        this.criticisms = criticisms;
        this.opinions = opinions;
    }

    public Optional<Criticism> find(String criticismId) {
        return criticisms.find(criticismId);
    }

    /** The opinions given, organisations' first, each with its author as printed. */
    public List<GivenOpinion> givenOpinions(String criticismId) {
        return opinions.ofCriticism(criticismId).stream().filter(o -> Opinion.GIVEN.equals(o.state()))
                .map(o -> new GivenOpinion(o.expertName() != null ? "Chuyên gia " + o.expertName() : opinions.unitName(o),
                        o.content()))
                .toList();
    }

    public record GivenOpinion(String author, String content) {
    }

    /**
     * Notes in the criticism's history that a document was issued; the entry takes the next sequence
     * number, which the document's {@code vn.danvan.document.issued} event carries.
     *
     * @return the entry's sequence number
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int documentIssued(String criticismId, String note, String actor) {
        return criticisms.change(criticismId, null, actor, CriticismChange.of("document-issued").sequenced().note(note))
                .lastSequence();
    }
}
