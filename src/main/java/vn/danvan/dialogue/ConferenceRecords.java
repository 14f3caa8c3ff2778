package vn.danvan.dialogue;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of a conference and add to its history: the module that issues
 * official documents reads the plan and the commitments and notes each document it issued; the
 * module that tells citizens reads a question's written answer.
 */
@Service
public class ConferenceRecords {

    private final Conferences conferences;
    private final Commitments commitments;
    private final WrittenAnswers writtenAnswers;

    ConferenceRecords(Conferences conferences, Commitments commitments, WrittenAnswers writtenAnswers) {
        this.conferences = conferences;
        this.commitments = commitments;
        this.writtenAnswers = writtenAnswers;
    }

    /** A question's written answer (the module that tells citizens names its document). */
    public Optional<WrittenAnswer> writtenAnswer(String questionId) {
        return writtenAnswers.of(questionId);
    }

    public Optional<Conference> find(String conferenceId) {
        return conferences.find(conferenceId);
    }

    public List<Commitment> commitments(String conferenceId) {
        return commitments.of(conferenceId);
    }

    public List<HistoryEntry> history(String conferenceId) {
        return conferences.history(conferenceId);
    }

    /**
     * Notes in the conference's history that a document was issued; the entry takes the next
     * sequence number, which the document's {@code vn.danvan.document.issued} event carries.
     *
     * @return the entry's sequence number
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int documentIssued(String conferenceId, String note, String actor) {
        return conferences.record(conferenceId, "document-issued", actor, ConferenceChange.keep().note(note));
    }
}
