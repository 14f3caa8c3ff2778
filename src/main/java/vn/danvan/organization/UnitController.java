package vn.danvan.organization;

import java.net.URI;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Units and levels: every signed-in officer reads them; administrators add and change units and
 * switch the organisation data set (the 2025 two-level structure).
 */
@RestController
class UnitController {

    private final UnitDirectory directory;
    private final UnitAdministration administration;
    private final OrganizationDataSets dataSets;

    UnitController(UnitDirectory directory, UnitAdministration administration, OrganizationDataSets dataSets) {
        this.directory = directory;
        this.administration = administration;
        this.dataSets = dataSets;
    }

    record LevelView(String code, String name) {
    }

    @GetMapping("/api/units")
    List<UnitDraft> list() {
        return directory.tree().all().stream().map(UnitDraft::of).toList();
    }

    @GetMapping("/api/units/{code}")
    UnitDraft one(@PathVariable String code) {
        return directory.tree().findAny(code).map(UnitDraft::of).orElseThrow(() -> new UnitNotFoundException(code));
    }

    @GetMapping("/api/levels")
    List<LevelView> levels() {
        return directory.levelNames().entrySet().stream().map(e -> new LevelView(e.getKey().name(), e.getValue())).toList();
    }

    @PostMapping("/api/units")
    ResponseEntity<UnitDraft> create(@RequestBody UnitDraft draft, Caller caller) {
        requireAdministrator(caller);
        Unit unit = administration.create(draft, caller.userId());
        return ResponseEntity.created(URI.create("/api/units/" + unit.code())).body(UnitDraft.of(unit));
    }

    @PutMapping("/api/units/{code}")
    UnitDraft update(@PathVariable String code, @RequestBody UnitDraft draft, Caller caller) {
        requireAdministrator(caller);
        return UnitDraft.of(administration.update(code, draft, caller.userId()));
    }

    /** Applies a named organisation data set (e.g. {@code two-level-2025}): units, level names, mergers. */
    @PostMapping("/api/units/data-sets/{name}")
    OrganizationDataSets.Applied apply(@PathVariable String name, Caller caller) {
        requireAdministrator(caller);
        return dataSets.apply(name, caller.userId());
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.administers()) {
            throw new AccessDeniedException("Only administrators change units");
        }
    }

    @ExceptionHandler(UnitNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(UnitNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                e.getMessage()));
    }

    @ExceptionHandler(UnitHasOpenWorkException.class)
    ResponseEntity<ProblemDetail> openWork(UnitHasOpenWorkException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Unit holds open work");
        problem.setProperty("openWork", e.openWork());
        problem.setProperty("errors", List.of(Map.of("field", "takeover", "message", e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
