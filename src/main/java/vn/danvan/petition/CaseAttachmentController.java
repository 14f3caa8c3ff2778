package vn.danvan.petition;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.organization.Caller;
import vn.danvan.platform.audit.AuditTrail;
import vn.danvan.platform.web.InvalidInputException;

/**
 * A case's attachments for officers: the list, each file, and a file an officer adds (a paper
 * scanned at a walk-in). Whoever may see the case may read them; the units that hold or received it
 * may add. Every download is in the audit trail.
 */
@RestController
class CaseAttachmentController {

    private final PetitionCases cases;
    private final CaseAttachments attachments;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CaseAttachmentController(PetitionCases cases, CaseAttachments attachments, CaseAccess access, AuditTrail audit,
            TransactionTemplate transaction) {
        this.cases = cases;
        this.attachments = attachments;
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
    }

    @GetMapping("/api/cases/{caseId}/attachments")
    List<CaseAttachments.Attachment> list(@PathVariable String caseId, Caller user) {
        return attachments.of(visible(caseId, user).caseId());
    }

    @GetMapping("/api/cases/{caseId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable UUID attachmentId, Caller user,
            jakarta.servlet.http.HttpServletRequest request) {
        PetitionCase c = visible(caseId, user);
        CaseAttachments.Content file = attachments.content(c.caseId(), attachmentId)
                .orElseThrow(() -> new CaseNotFoundException(caseId));
        audit.record(user.userId(), "ATTACHMENT_VIEW", caseId, file.attachment().fileName(), vn.danvan.platform.security.ClientAddress.of(request));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.attachment().mediaType()))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.bytes());
    }

    @PostMapping("/api/cases/{caseId}/attachments")
    ResponseEntity<CaseAttachments.Attachment> add(@PathVariable String caseId, @RequestParam("file") MultipartFile file,
            Caller user) throws IOException {
        PetitionCase c = visible(caseId, user);
        if (!user.administers() && !user.isIn(c.currentUnitCode()) && !user.isIn(c.originUnitCode())) {
            throw new AccessDeniedException("Only the units that hold or received the case add files to it");
        }
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "không có tệp");
        }
        byte[] bytes = file.getBytes();
        CaseAttachments.Attachment added = transaction.execute(status -> attachments.add(c.caseId(),
                new CaseAttachments.NewAttachment(file.getOriginalFilename(), bytes), "OFFICER", user.userId()));
        audit.record(user.userId(), "ATTACHMENT_ADD", caseId, added.fileName(), null);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/attachments/" + added.attachmentId()))
                .body(added);
    }

    private PetitionCase visible(String caseId, Caller user) {
        return cases.find(caseId).filter(found -> access.canView(user, found))
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }
}
