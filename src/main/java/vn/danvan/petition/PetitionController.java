package vn.danvan.petition;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.messaging.contract.PetitionSubmission;

/** Intake over REST and the case view of authorised officers. */
@RestController
class PetitionController {

    private final PetitionIntake intake;
    private final PetitionCases cases;
    private final CaseAccess access;
    private final CaseSearch search;
    private final vn.danvan.platform.audit.AuditTrail audit;

    PetitionController(PetitionIntake intake, PetitionCases cases, CaseAccess access, CaseSearch search,
            vn.danvan.platform.audit.AuditTrail audit) {
        this.intake = intake;
        this.cases = cases;
        this.access = access;
        this.search = search;
        this.audit = audit;
    }

    @PostMapping("/api/petitions")
    ResponseEntity<CaseReceipt> submit(@Valid @RequestBody PetitionSubmission submission, Authentication user) {
        if (!access.canSubmitFor(user, submission.unitCode())) {
            throw new AccessDeniedException("You may submit petitions only for your own unit");
        }
        CaseReceipt receipt = intake.submit(submission, null, user.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + receipt.caseId())).body(receipt);
    }

    @GetMapping("/api/cases/{caseId}")
    CaseView view(@PathVariable String caseId, Authentication user, jakarta.servlet.http.HttpServletRequest request) {
        PetitionCase c = cases.find(caseId).filter(found -> access.canView(user, found))
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        boolean identity = access.mayKnowPetitioner(user, c);
        audit.record(user.getName(), "CASE_VIEW", caseId, identity ? "with petitioner" : "petitioner masked",
                request.getRemoteAddr());
        return CaseView.of(c, cases.timeline(caseId), identity);
    }

    /** Cases by petitioner and subject, among those the caller's units received or hold. */
    @GetMapping("/api/cases")
    java.util.List<CaseSummary> search(@RequestParam(required = false) String petitioner,
            @RequestParam(required = false) String subject, Authentication user) {
        return search.search(access.seesAllCases(user) ? null : CaseAccess.groups(user), petitioner, subject);
    }

    @GetMapping("/api/public/cases/{trackingCode}")
    PublicCaseStatus publicStatus(@PathVariable String trackingCode) {
        return cases.findByTrackingCode(trackingCode.toUpperCase(java.util.Locale.ROOT)).map(PublicCaseStatus::of)
                .orElseThrow(() -> new CaseNotFoundException(trackingCode));
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<org.springframework.http.ProblemDetail> notFound(CaseNotFoundException e) {
        return ResponseEntity.status(404).body(org.springframework.http.ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.NOT_FOUND, "No such case, or you may not see it"));
    }
}
