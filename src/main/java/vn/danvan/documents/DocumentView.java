package vn.danvan.documents;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One document as the lists show it; {@code url} is where the caller fetches the PDF. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DocumentView(String documentId, String kind, String title, String number, Instant issuedAt, String sha256,
        String issuedBy, int templateVersion, boolean forCitizen, String supersedes, String supersededBy, String url) {

    static DocumentView of(RegisterEntry e, String url) {
        return new DocumentView(e.documentId().toString(), e.kind().name(), e.title(), e.number(), e.issuedAt(),
                e.sha256(), e.issuedBy(), e.templateVersion(), e.forCitizen(),
                e.supersedes() == null ? null : e.supersedes().toString(),
                e.supersededBy() == null ? null : e.supersededBy().toString(), url);
    }
}
