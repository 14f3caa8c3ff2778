package vn.danvan.dialogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Caller;
import vn.danvan.petition.PetitionLinks;

/** Conferences, their questions and commitments, and the petition cases a conference may link. */
@RestController
class DialogueController {

    private final Conferences conferences;
    private final Questions questions;
    private final Commitments commitments;
    private final DialogueAccess access;
    private final PetitionLinks petitions;
    private final WrittenAnswerDoor writtenAnswers;

    DialogueController(Conferences conferences, Questions questions, Commitments commitments, DialogueAccess access,
            PetitionLinks petitions, WrittenAnswerDoor writtenAnswers) {
        this.conferences = conferences;
        this.questions = questions;
        this.commitments = commitments;
        this.access = access;
        this.petitions = petitions;
        this.writtenAnswers = writtenAnswers;
    }

    record QuestionRequest(@NotBlank @Size(max = 200) String askedBy, @Size(max = 200) String locality,
            @NotBlank @Size(max = 20000) String content, @Size(max = 20) List<String> caseIds) {
    }

    record CommitmentRequest(@NotBlank @Size(max = 40) String ownerUnitCode, @NotBlank @Size(max = 20000) String content,
            @NotNull LocalDate dueDate, @Size(max = 70) String questionId, @Size(max = 20) List<String> caseIds) {
    }

    record WrittenAnswerRequest(@NotBlank @Size(max = 50000) String content, @NotBlank @Size(max = 100) String documentNumber,
            @NotNull LocalDate documentDate, @NotBlank @Size(max = 200) String answeredBy) {
    }

    /** The caller's units' conferences (every one for administrators and the committee); {@code caseId} finds those that discuss a case. */
    @GetMapping("/api/dialogues")
    List<Conference> list(@RequestParam(required = false) String caseId, Caller user) {
        return conferences.list(user.scope(), caseId);
    }

    @GetMapping("/api/dialogues/{id}")
    ConferenceView view(@PathVariable String id, Caller user) {
        Conference c = visible(id, user);
        return new ConferenceView(c, c.status().label(), questions.of(id), commitments.of(id),
                commitments.carriedInto(id), conferences.history(id));
    }

    /** Open petition cases of the conference's unit on a theme, to link to a question. */
    @GetMapping("/api/dialogues/{id}/petitions")
    List<PetitionLinks.LinkableCase> petitions(@PathVariable String id, @RequestParam(required = false) String subject,
            Caller user) {
        return petitions.openCases(workable(id, user).unitCode(), subject);
    }

    @PostMapping("/api/dialogues/{id}/questions")
    ResponseEntity<Question> addQuestion(@PathVariable String id, @Valid @RequestBody QuestionRequest q,
            Caller user) {
        workable(id, user);
        Question added = questions.add(id, new Questions.NewQuestion(q.askedBy(), q.locality(), q.content(), q.caseIds()),
                user.userId());
        return ResponseEntity.created(URI.create("/api/dialogues/" + id)).body(added);
    }

    @PostMapping("/api/dialogues/{id}/commitments")
    ResponseEntity<Commitment> addCommitment(@PathVariable String id, @Valid @RequestBody CommitmentRequest c,
            Caller user) {
        workable(id, user);
        Commitment added = commitments.add(id, new Commitments.NewCommitment(c.ownerUnitCode(), c.content(), c.dueDate(),
                c.questionId(), c.caseIds()), user.userId());
        return ResponseEntity.created(URI.create("/api/dialogues/" + id)).body(added);
    }

    /** The answering unit records its written answer to a question the conference left unanswered. */
    @PostMapping("/api/dialogues/{id}/questions/{questionId}/written-answer")
    Question answerInWriting(@PathVariable String id, @PathVariable String questionId,
            @Valid @RequestBody WrittenAnswerRequest a, Caller user) {
        visible(id, user);
        return writtenAnswers.answer(id, questionId, new WrittenAnswers.Answer(a.content().strip(),
                a.documentNumber().strip(), a.documentDate(), a.answeredBy().strip()), user);
    }

    private Conference visible(String id, Caller user) {
        return conferences.find(id).filter(c -> access.canView(user, c)).orElseThrow(() -> new ConferenceNotFoundException(id));
    }

    private Conference workable(String id, Caller user) {
        Conference c = visible(id, user);
        if (!access.canWork(user, c)) {
            throw new AccessDeniedException("Only the conference's unit records its questions and commitments");
        }
        return c;
    }

    @ExceptionHandler(ConferenceNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ConferenceNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such conference, or you may not see it"));
    }
}
