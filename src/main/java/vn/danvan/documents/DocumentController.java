package vn.danvan.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import vn.danvan.organization.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.platform.audit.AuditTrail;

/**
 * The officers' door to documents, the same under cases, conferences, campaigns and criticisms: the list, the
 * PDF, and a correction. Whoever may not see the case (conference, campaign) gets 404, as for the
 * record itself; reading a case's document is written to the audit trail like reading the case.
 */
@RestController
class DocumentController {

    private static final String FAMILY = "{family:cases|dialogues|supervisions|criticisms}";

    private final DocumentRegister register;
    private final DocumentFinder finder;
    private final DocumentAccess access;
    private final Corrections corrections;
    private final AuditTrail audit;

    DocumentController(DocumentRegister register, DocumentFinder finder, DocumentAccess access, Corrections corrections,
            AuditTrail audit) {
        this.register = register;
        this.finder = finder;
        this.access = access;
        this.corrections = corrections;
        this.audit = audit;
    }

    @GetMapping("/api/" + FAMILY + "/{id}/documents")
    ResponseEntity<?> list(@PathVariable String family, @PathVariable String id, Caller caller) {
        SubjectType type = type(family);
        if (!access.maySee(caller, type, id)) {
            return Pdfs.notFound();
        }
        List<DocumentView> documents = register.of(type, id).stream()
                .map(d -> DocumentView.of(d, type.address(id, d.documentId().toString()))).toList();
        return ResponseEntity.ok(documents);
    }

    @GetMapping("/api/" + FAMILY + "/{id}/documents/{documentId}")
    ResponseEntity<?> get(@PathVariable String family, @PathVariable String id, @PathVariable String documentId,
            Caller caller, HttpServletRequest request) {
        SubjectType type = type(family);
        var document = finder.of(type, id, documentId);
        if (document.isEmpty()) {
            if (type == SubjectType.CASE) {
                var pending = access.visibleCase(caller, id).flatMap(c -> finder.pending(c, documentId));
                if (pending.isPresent()) {
                    return Pdfs.pending(pending.get());
                }
            }
            return Pdfs.notFound();
        }
        if (!access.mayRead(caller, document.get())) {
            return Pdfs.notFound();
        }
        if (type == SubjectType.CASE) {
            audit.record(caller.userId(), "DOCUMENT_VIEW", id, document.get().kind() + " " + document.get().number(),
                    request.getRemoteAddr());
        }
        return Pdfs.of(document.get(), register.content(document.get().documentId()).orElseThrow());
    }

    /**
     * Issues a corrected document: the same data with the template now in force, a new number, and a
     * note that it supersedes the old one, which stays in the register unchanged.
     */
    @PostMapping("/api/" + FAMILY + "/{id}/documents/{documentId}/corrections")
    ResponseEntity<?> correct(@PathVariable String family, @PathVariable String id, @PathVariable String documentId,
            Caller caller) {
        SubjectType type = type(family);
        var document = finder.of(type, id, documentId).filter(d -> access.mayRead(caller, d));
        if (document.isEmpty()) {
            return Pdfs.notFound();
        }
        if (!access.mayCorrect(caller, document.get())) {
            throw new AccessDeniedException("Only the issuing unit corrects its documents");
        }
        if (document.get().supersededBy() != null) {
            return conflict("already superseded by " + document.get().supersededBy() + ": correct that one");
        }
        RegisterEntry corrected;
        try {
            corrected = corrections.correct(document.get(), caller.userId());
        } catch (DuplicateKeyException raced) {
            return conflict("another correction of this document was issued at the same moment");
        }
        String address = type.address(id, corrected.documentId().toString());
        return ResponseEntity.created(URI.create(address)).body(DocumentView.of(corrected, address));
    }

    private static ResponseEntity<ProblemDetail> conflict(String detail) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail));
    }

    private static SubjectType type(String family) {
        return switch (family) {
            case "cases" -> SubjectType.CASE;
            case "dialogues" -> SubjectType.CONFERENCE;
            case "criticisms" -> SubjectType.CRITICISM;
            default -> SubjectType.CAMPAIGN;
        };
    }
}
