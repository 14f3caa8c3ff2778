package vn.danvan.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** How every door answers with a document, or with "not yet" and "no such document". */
final class Pdfs {

    /** Seconds after which a client asks again for a document being rendered. */
    static final String RETRY_AFTER_SECONDS = "2";

    private Pdfs() {
    }

    /** The bytes as issued; the ETag is their SHA-256, as in the register and the event. */
    static ResponseEntity<byte[]> of(RegisterEntry document, byte[] pdf) {
        String file = document.kind().name().toLowerCase(java.util.Locale.ROOT) + "-"
                + document.number().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file, StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + document.sha256() + "\"")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(pdf);
    }

    /** 202: the step is recorded and its document is being rendered. */
    static ResponseEntity<ProblemDetail> pending(DocumentKind kind) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.ACCEPTED,
                kind.title() + " is being issued; ask again in a moment");
        problem.setTitle("Not issued yet");
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .cacheControl(CacheControl.noStore()).body(problem);
    }

    static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No such document, or you may not see it"));
    }
}
