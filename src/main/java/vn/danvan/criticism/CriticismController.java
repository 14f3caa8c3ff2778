package vn.danvan.criticism;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.danvan.platform.web.InvalidInputException;

/** Social criticism over REST: a Front committee registers a draft it received, and reads its criticisms. */
@RestController
class CriticismController {

    private final CriticismRegistration registration;
    private final Criticisms criticisms;
    private final CriticismOpinions opinions;
    private final CriticismAccess access;
    private final CriticismResponses responses;

    CriticismController(CriticismRegistration registration, Criticisms criticisms, CriticismOpinions opinions,
            CriticismAccess access, CriticismResponses responses) {
        this.registration = registration;
        this.criticisms = criticisms;
        this.opinions = opinions;
        this.access = access;
        this.responses = responses;
    }

    /** The authority's written response (or, once it is late, its absence: NONE). */
    record ResponseRequest(CriticismResponse response, @Size(max = 200) String reference, @Size(max = 20000) String text) {
    }

    /** A draft received from an authority; blanks count as absent. */
    record DraftRequest(@Size(max = 40) String unitCode, @Size(max = 300) String title,
            @Size(max = 40) String authorityUnitCode, @Size(max = 300) String authorityName,
            @Size(max = 500) String draftReference, LocalDate receivedOn, LocalDate requestedBy) {

        CriticismRegistration.Draft draft() {
            return new CriticismRegistration.Draft(blank(unitCode), blank(title), blank(authorityUnitCode),
                    blank(authorityName), blank(draftReference), receivedOn, requestedBy);
        }

        private static String blank(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    @PostMapping("/api/criticisms")
    ResponseEntity<CriticismView> register(@Valid @RequestBody DraftRequest request, Caller user) {
        CriticismRegistration.Draft draft = request.draft();
        List<CriticismRegistration.Problem> problems = registration.check(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> Map.entry(p.field(), p.reason())).toList());
        }
        if (!access.canWork(user, draft.unitCode())) {
            throw new AccessDeniedException("Only the Front committee's own officers register its drafts");
        }
        Criticism c = registration.registerAndStart(draft, user.userId());
        return ResponseEntity.created(URI.create("/api/criticisms/" + c.criticismId())).body(view(c));
    }

    @GetMapping("/api/criticisms")
    List<CriticismView.Summary> list(@RequestParam(required = false) Integer year, Caller user) {
        return criticisms.list(access.scope(user), year).stream().map(CriticismView.Summary::of).toList();
    }

    @GetMapping("/api/criticisms/{criticismId}")
    CriticismView view(@PathVariable String criticismId, Caller user) {
        return view(criticisms.find(criticismId).filter(c -> access.canView(user, c))
                .orElseThrow(() -> new CriticismNotFoundException(criticismId)));
    }

    /** The Front's officer records the authority's letter (or its absence) without Tasklist. */
    @PostMapping("/api/criticisms/{criticismId}/response")
    CriticismView respond(@PathVariable String criticismId, @Valid @RequestBody ResponseRequest request, Caller user) {
        Criticism c = criticisms.find(criticismId).filter(found -> access.canView(user, found))
                .orElseThrow(() -> new CriticismNotFoundException(criticismId));
        if (!access.canWork(user, c.unitCode())) {
            throw new AccessDeniedException("Only the Front committee's own officers record the response");
        }
        return view(responses.record(criticismId, request.response(), blank(request.reference()), blank(request.text()),
                user.userId()));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private CriticismView view(Criticism c) {
        return CriticismView.of(c, opinions.ofCriticism(c.criticismId()), criticisms.history(c.criticismId()));
    }

    @ExceptionHandler(CriticismNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(CriticismNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No such criticism, or you may not see it"));
    }
}
