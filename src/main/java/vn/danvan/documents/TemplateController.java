package vn.danvan.documents;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import vn.danvan.organization.Caller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators change a kind's template without a deploy: the upload is tried with sample data
 * ({@link TemplateCheck}) and becomes the next version only if it renders; else 400 with the line and
 * the reason. Documents already issued keep their bytes.
 */
@RestController
class TemplateController {

    private final DocumentTemplates templates;
    private final TemplateCheck check;

    TemplateController(DocumentTemplates templates, TemplateCheck check) {
        this.templates = templates;
        this.check = check;
    }

    record VersionView(String kind, int version, String sha256, String origin, String createdBy, Instant createdAt) {

        static VersionView of(Template t) {
            return new VersionView(t.kind().name(), t.version(), t.sha256(), t.origin(), t.createdBy(), t.createdAt());
        }
    }

    /** Every kind with the version in force. */
    @GetMapping("/api/documents/templates")
    List<VersionView> list(Caller caller) {
        requireAdmin(caller);
        return Arrays.stream(DocumentKind.values()).map(templates::current).map(VersionView::of).toList();
    }

    @GetMapping("/api/documents/templates/{kind}/versions")
    ResponseEntity<?> versions(@PathVariable String kind, Caller caller) {
        requireAdmin(caller);
        return DocumentKind.parse(kind).<ResponseEntity<?>>map(k -> ResponseEntity.ok(
                templates.versions(k).stream().map(VersionView::of).toList())).orElseGet(TemplateController::unknownKind);
    }

    /** The source in force, as text to download, edit and upload again. */
    @GetMapping(value = "/api/documents/templates/{kind}")
    ResponseEntity<?> source(@PathVariable String kind, Caller caller) {
        requireAdmin(caller);
        return DocumentKind.parse(kind).<ResponseEntity<?>>map(k -> ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header("X-Template-Version", String.valueOf(templates.current(k).version()))
                .body(templates.current(k).source())).orElseGet(TemplateController::unknownKind);
    }

    /** The sample PDF a template renders, without storing it: to see a change before uploading it. */
    @PostMapping(value = "/api/documents/templates/{kind}/trial")
    ResponseEntity<?> trial(@PathVariable String kind, @RequestBody byte[] body, Caller caller) {
        requireAdmin(caller);
        return DocumentKind.parse(kind).<ResponseEntity<?>>map(k -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF).body(check.check(k, utf8(body))))
                .orElseGet(TemplateController::unknownKind);
    }

    @PutMapping(value = "/api/documents/templates/{kind}")
    ResponseEntity<?> upload(@PathVariable String kind, @RequestBody byte[] body, Caller caller) {
        requireAdmin(caller);
        var parsed = DocumentKind.parse(kind);
        if (parsed.isEmpty()) {
            return unknownKind();
        }
        String source = utf8(body);
        check.check(parsed.get(), source);
        Template added = templates.insert(parsed.get(), source, Template.UPLOAD, caller.userId());
        return ResponseEntity.created(URI.create("/api/documents/templates/" + added.kind() + "/versions"))
                .body(VersionView.of(added));
    }

    @ExceptionHandler(TemplateRefusedException.class)
    ResponseEntity<ProblemDetail> refused(TemplateRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Template refused");
        problem.setType(URI.create("https://danvan.vn/problems/invalid-input"));
        if (e.line() != null) {
            problem.setProperty("line", e.line());
        }
        if (e.column() != null) {
            problem.setProperty("column", e.column());
        }
        problem.setProperty("reason", e.reason());
        problem.setProperty("errors", List.of(Map.of("field", "template", "message", e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Templates are UTF-8, whatever the request's content type says: Vietnamese text depends on it. */
    private static String utf8(byte[] body) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new TemplateRefusedException(null, null, "the template is not UTF-8 text");
        }
    }

    private static ResponseEntity<ProblemDetail> unknownKind() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No such kind of document; kinds: " + Arrays.toString(DocumentKind.values())));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.administers()) {
            throw new AccessDeniedException("Only administrators manage document templates");
        }
    }
}
