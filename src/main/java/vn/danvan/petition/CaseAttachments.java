package vn.danvan.petition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.Tika;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.platform.web.UnacceptableInputException;

/**
 * Files that come with a case: photos and papers a citizen attaches online, scans an officer adds.
 * A file is taken only as JPEG, PNG or PDF recognised from its bytes (Apache Tika), never from its
 * name, and up to {@value #MAX_BYTES} bytes. It is stored in the case's own transaction.
 */
@Service
public class CaseAttachments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** How many files one submission through the citizen's door may carry. */
    public static final int MAX_PER_SUBMISSION = 5;
    static final Map<String, String> TYPES = Map.of("image/jpeg", "ảnh JPEG", "image/png", "ảnh PNG",
            "application/pdf", "tệp PDF");
    private static final Tika TIKA = new Tika();

    /** The column the bytes are bound to (AES-GCM associated data). */
    static final String CONTENT = "case_attachment.content";

    private final JdbcClient jdbc;
    private final PetitionerFields fields;

    CaseAttachments(JdbcClient jdbc, PetitionerFields fields) {
        this.jdbc = jdbc;
        this.fields = fields;
    }

    /** A file as received. */
    public record NewAttachment(String fileName, byte[] content) {
    }

    /** A stored file, without its bytes. */
    public record Attachment(UUID attachmentId, String fileName, String mediaType, int sizeBytes, String sha256,
            String source, String addedBy, Instant addedAt) {
    }

    /** A stored file with its bytes. */
    public record Content(Attachment attachment, byte[] bytes) {
    }

    /**
     * The media type the bytes really are; refuses an empty or over-large file (413) and any type but
     * JPEG, PNG and PDF (415), naming the file.
     */
    public String check(NewAttachment file) {
        String name = displayName(file.fileName());
        if (file.content() == null || file.content().length == 0) {
            throw new UnacceptableInputException(HttpStatus.BAD_REQUEST, "attachments", "Tệp " + name + " rỗng.");
        }
        if (file.content().length > MAX_BYTES) {
            throw new UnacceptableInputException(HttpStatus.PAYLOAD_TOO_LARGE, "attachments",
                    "Tệp " + name + " quá lớn: mỗi tệp tối đa 10 MB.");
        }
        String type;
        try {
            // detected from the content only: a renamed program stays a program
            type = TIKA.detect(new ByteArrayInputStream(file.content()));
        } catch (IOException e) {
            type = "application/octet-stream";
        }
        if (!TYPES.containsKey(type)) {
            throw new UnacceptableInputException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "attachments",
                    "Tệp " + name + " không phải ảnh JPEG, PNG hoặc tệp PDF: chỉ nhận các loại tệp này.");
        }
        return type;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Attachment add(String caseId, NewAttachment file, String source, String actor) {
        String type = check(file);
        Attachment a = new Attachment(UUID.randomUUID(), displayName(file.fileName()), type, file.content().length,
                sha256(file.content()), source, actor, ClockUtil.getCurrentTime().toInstant());
        jdbc.sql("""
                INSERT INTO case_attachment (attachment_id, case_id, file_name, media_type, size_bytes, sha256, content,
                    source, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.attachmentId(), caseId, a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256(),
                        // a citizen's files are personal data: stored encrypted like the petitioner's fields
                        fields.cipher().seal(CONTENT, file.content()), a.source(), a.addedBy(), Timestamp.from(a.addedAt())).update();
        return a;
    }

    public List<Attachment> of(String caseId) {
        return jdbc.sql("""
                SELECT attachment_id, file_name, media_type, size_bytes, sha256, source, added_by, added_at
                FROM case_attachment WHERE case_id = ? ORDER BY added_at, file_name""").param(caseId)
                .query((rs, row) -> map(rs)).list();
    }

    public Optional<Content> content(String caseId, UUID attachmentId) {
        return jdbc.sql("""
                SELECT attachment_id, file_name, media_type, size_bytes, sha256, source, added_by, added_at, content
                FROM case_attachment WHERE case_id = ? AND attachment_id = ?""").params(caseId, attachmentId)
                .query((rs, row) -> new Content(map(rs), fields.cipher().open(CONTENT, rs.getBytes("content")))).optional();
    }

    private static Attachment map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attachment(rs.getObject("attachment_id", UUID.class), rs.getString("file_name"),
                rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sha256"), rs.getString("source"),
                rs.getString("added_by"), rs.getTimestamp("added_at").toInstant());
    }

    /** The name as the sender gave it, without folders or control characters, at most 200 characters. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "tep-dinh-kem";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
