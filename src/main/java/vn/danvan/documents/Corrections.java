package vn.danvan.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.platform.web.PublicLinks;

/**
 * A corrected document (văn bản đính chính, thay thế): re-rendered from the data the old one was
 * rendered with, with the issuer's details and the template in force now, under a new number. The
 * old one is never changed; the new one names it as superseded.
 */
@Service
class Corrections {

    private final DocumentRegister register;
    private final DocumentIssuing issuing;
    private final Issuers issuers;
    private final Officers officers;
    private final PublicLinks links;
    private final ObjectMapper json;

    Corrections(DocumentRegister register, DocumentIssuing issuing, Issuers issuers, Officers officers,
            PublicLinks links, ObjectMapper json) {
        this.register = register;
        this.issuing = issuing;
        this.issuers = issuers;
        this.officers = officers;
        this.links = links;
        this.json = json;
    }

    @Transactional
    RegisterEntry correct(RegisterEntry old, String actor) {
        TemplateData before = read(register.data(old.documentId()).orElseThrow());
        Issuer issuer = issuers.of(old.unitCode());
        TemplateData data = new TemplateData(null, issuer, before.petition(), before.conference(), before.campaign(),
                before.criticism());
        UUID id = DocumentIds.correction(old.documentId(), register.corrections(old.documentId()) + 1);
        String statusUrl = before.petition() == null ? null : links.statusPage(before.petition().trackingCode());
        return issuing.issue(new DocumentDraft(id, old.kind(), old.subjectType(), old.subjectId(), issuer, old.symbol(),
                old.title(), old.namesPetitioner(), actor, officers.nameOf(actor), "correction:" + old.documentId(),
                statusUrl, old.documentId(), data));
    }

    private TemplateData read(String data) {
        try {
            return json.readValue(data, TemplateData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The register's data of a document cannot be read", e);
        }
    }
}
