package vn.danvan.documents;

import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.petition.PetitionCases;

/**
 * The citizen's door: with the tracking code, the papers addressed to them (receipt, notices,
 * guidance, result) and nothing else. Any other document of the case answers 404, as an unknown one.
 */
@RestController
class PublicDocumentController {

    private final PetitionCases cases;
    private final DocumentFinder finder;
    private final DocumentRegister register;

    PublicDocumentController(PetitionCases cases, DocumentFinder finder, DocumentRegister register) {
        this.cases = cases;
        this.finder = finder;
        this.register = register;
    }

    @GetMapping("/api/public/cases/{trackingCode}/documents/{documentId}")
    ResponseEntity<?> get(@PathVariable String trackingCode, @PathVariable String documentId) {
        var c = cases.findByTrackingCode(trackingCode.toUpperCase(Locale.ROOT));
        if (c.isEmpty()) {
            return Pdfs.notFound();
        }
        var document = finder.of(SubjectType.CASE, c.get().caseId(), documentId).filter(RegisterEntry::forCitizen);
        if (document.isPresent()) {
            return Pdfs.of(document.get(), register.content(document.get().documentId()).orElseThrow());
        }
        return finder.pending(c.get(), documentId).filter(DocumentKind::forCitizen).<ResponseEntity<?>>map(Pdfs::pending)
                .orElseGet(Pdfs::notFound);
    }
}
