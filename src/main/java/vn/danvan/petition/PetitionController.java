package vn.danvan.petition;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.organization.Caller;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import java.util.List;
import vn.danvan.platform.web.InvalidInputException;

/** Intake over REST and the case view of authorised officers. */
@RestController
class PetitionController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final java.util.regex.Pattern IDEMPOTENCY_KEY_FORMAT =
            java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final PetitionIntake intake;
    private final PetitionCases cases;
    private final CaseAccess access;
    private final CaseSearch search;
    private final vn.danvan.platform.audit.AuditTrail audit;
    private final UnitDirectory units;
    private final org.springframework.beans.factory.ObjectProvider<CaseDocumentLinks> documents;
    private final DataSubjectRequests dataRequests;
    private final SecondInstances secondInstances;
    private final vn.danvan.inspection.PartyInspections inspections;

    PetitionController(PetitionIntake intake, PetitionCases cases, CaseAccess access, CaseSearch search,
            vn.danvan.platform.audit.AuditTrail audit, UnitDirectory units,
            org.springframework.beans.factory.ObjectProvider<CaseDocumentLinks> documents, DataSubjectRequests dataRequests,
            SecondInstances secondInstances, vn.danvan.inspection.PartyInspections inspections) {
        this.dataRequests = dataRequests;
        this.secondInstances = secondInstances;
        this.inspections = inspections;
        this.intake = intake;
        this.cases = cases;
        this.access = access;
        this.search = search;
        this.audit = audit;
        this.units = units;
        this.documents = documents;
    }

    /**
     * With an {@code Idempotency-Key}, a client that lost the answer and sends the same petition again
     * gets the case made the first time (200) instead of a second case (201 the first time).
     */
    @PostMapping("/api/petitions")
    ResponseEntity<CaseReceipt> submit(@Valid @RequestBody PetitionSubmission submission,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey, Caller user) {
        if (!access.canSubmitFor(user, submission.unitCode())) {
            throw new AccessDeniedException("You may submit petitions only for your own unit");
        }
        String sourceId = sourceIdOf(idempotencyKey, user);
        if (sourceId != null) {
            var earlier = cases.findBySourceEvent(sourceId);
            if (earlier.isPresent()) {
                return again(earlier.get());
            }
        }
        CaseReceipt receipt;
        try {
            receipt = intake.submit(submission, sourceId, user.userId());
        } catch (DuplicateKeyException raced) {
            // the same key at the same moment on another thread or node: that one made the case
            return cases.findBySourceEvent(sourceId).map(this::again).orElseThrow(() -> raced);
        }
        return ResponseEntity.created(URI.create("/api/cases/" + receipt.caseId()))
                .body(withReceipt(receipt, cases.get(receipt.caseId())));
    }

    private ResponseEntity<CaseReceipt> again(PetitionCase earlier) {
        return ResponseEntity.ok().location(URI.create("/api/cases/" + earlier.caseId()))
                .body(withReceipt(new CaseReceipt(earlier.caseId(), earlier.trackingCode()), earlier));
    }

    private CaseReceipt withReceipt(CaseReceipt receipt, PetitionCase c) {
        CaseDocumentLinks links = documents.getIfAvailable();
        return links == null ? receipt : links.receipt(c).map(receipt::withReceipt).orElse(receipt);
    }

    /** Keys are per caller: two systems may pick the same key without meeting. */
    private static String sourceIdOf(String idempotencyKey, Caller user) {
        if (idempotencyKey == null) {
            return null;
        }
        if (!IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException(IDEMPOTENCY_KEY, "must be 1 to 100 letters, digits or . _ : -");
        }
        return "rest:" + user.userId() + ":" + idempotencyKey;
    }

    /**
     * The case with its petitioner as the caller may know them. Every call is an audit line saying
     * whether the identity was shown, and from which Tasklist task when the task view's tab asked
     * ({@code ?task=}, the address {@code /api/documents/tasks/{taskId}} gives it).
     */
    @GetMapping("/api/cases/{caseId}")
    CaseView view(@PathVariable String caseId, @RequestParam(required = false) String task, Caller user,
            jakarta.servlet.http.HttpServletRequest request) {
        PetitionCase c = cases.find(caseId).filter(found -> access.canView(user, found))
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        boolean identity = access.mayKnowPetitioner(user, c);
        String via = task == null ? "" : " (Tasklist, task " + task.replaceAll("[^A-Za-z0-9-]", "") + ")";
        audit.record(user.userId(), "CASE_VIEW", caseId, (identity ? "with petitioner" : "petitioner masked") + via,
                vn.danvan.platform.security.ClientAddress.of(request));
        return CaseView.of(c, cases.timeline(caseId), identity, identity ? dataRequests.of(caseId) : List.of(),
                inspections.of(CaseInspectionOwner.SUBJECT_TYPE, caseId))
                .linked(secondInstances.find(caseId).orElse(null), secondInstances.ofSecond(caseId).orElse(null));
    }

    /** Cases by petitioner and subject, among those the caller's units received or hold. */
    @GetMapping("/api/cases")
    java.util.List<CaseSummary> search(@RequestParam(required = false) String petitioner,
            @RequestParam(required = false) String subject, Caller user) {
        return search.search(user.scope(), petitioner, subject);
    }

    @GetMapping("/api/public/cases/{trackingCode}")
    PublicCaseStatus publicStatus(@PathVariable String trackingCode) {
        PetitionCase c = cases.findByTrackingCode(trackingCode.toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new CaseNotFoundException(trackingCode));
        CaseDocumentLinks links = documents.getIfAvailable();
        PublicCaseStatus status = PublicCaseStatus.of(c, units.findAny(c.originUnitCode()).map(Unit::name).orElse(null),
                cases.timeline(c.caseId()), links == null ? null : links.forCitizen(c));
        var asked = secondInstances.find(c.caseId());
        var first = secondInstances.ofSecond(c.caseId());
        return status.withSecondInstance(asked.isEmpty() && first.isEmpty() ? secondInstances.openWindow(c).orElse(null) : null,
                asked.map(link -> {
                    PetitionCase second = link.secondCaseId() == null ? null : cases.get(link.secondCaseId());
                    return new PublicCaseStatus.SecondInstance(second == null ? null : second.trackingCode(),
                            second == null ? null : second.status().label(), link.referredTo(), link.requestedAt());
                }).orElse(null),
                first.map(link -> cases.get(link.firstCaseId()).trackingCode()).orElse(null));
    }

}
