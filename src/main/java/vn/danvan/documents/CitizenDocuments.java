package vn.danvan.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danvan.petition.CaseDocumentLinks;
import vn.danvan.petition.PetitionCase;

/** The petition module's port, answered from the register: the receipt's address and the citizen's papers. */
@Component
class CitizenDocuments implements CaseDocumentLinks {

    private final DocumentRegister register;
    private final DocumentFinder finder;

    CitizenDocuments(DocumentRegister register, DocumentFinder finder) {
        this.register = register;
        this.finder = finder;
    }

    @Override
    public Optional<String> receipt(PetitionCase c) {
        return finder.receiptOf(c).map(id -> SubjectType.CASE.address(c.caseId(), id.toString()));
    }

    @Override
    public Optional<String> citizenReceipt(PetitionCase c) {
        return finder.receiptOf(c).map(id -> citizenAddress(c, id.toString()));
    }

    @Override
    public List<CitizenDocument> forCitizen(PetitionCase c) {
        return register.of(SubjectType.CASE, c.caseId()).stream().filter(RegisterEntry::forCitizen)
                .map(d -> new CitizenDocument(d.documentId().toString(), d.kind().name(), d.title(), d.number(),
                        d.issuedAt(), citizenAddress(c, d.documentId().toString())))
                .toList();
    }

    /** Served by {@link PublicDocumentController}. */
    private static String citizenAddress(PetitionCase c, String documentId) {
        return "/api/public/cases/" + c.trackingCode() + "/documents/" + documentId;
    }
}
