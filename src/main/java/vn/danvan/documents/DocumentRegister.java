package vn.danvan.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.privacy.FieldCipher;

/**
 * The register (sổ đăng ký văn bản): its number counters and its append-only lines with the PDFs.
 * The database refuses to change or delete a line (V50's trigger).
 */
@Component
class DocumentRegister {

    private static final String SELECT = """
            SELECT d.document_id, d.kind, d.subject_type, d.subject_id, d.unit_code, d.symbol, d.number, d.title, d.for_citizen,
                   d.names_petitioner, d.sha256, d.template_version, d.issued_by, d.issued_at, d.cause_event_id,
                   d.sequence, d.supersedes,
                   (SELECT s.document_id FROM document s WHERE s.supersedes = d.document_id
                    ORDER BY s.issued_at DESC LIMIT 1) AS superseded_by
            FROM document d""";

    /** The column the data is bound to (AES-GCM associated data). */
    static final String DATA = "document.data";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    DocumentRegister(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * The data a document was rendered with names the petitioner (name, address, phone): it is
     * stored encrypted, as {@code {"sealed": "v1:..."}}, like the case's own fields.
     */
    String sealData(String dataJson) {
        return "{\"sealed\": \"" + cipher.seal(DATA, dataJson) + "\"}";
    }

    /**
     * The next number of the unit's register for the year and symbol. The counter row stays locked
     * until the caller's transaction ends, so a second issuer waits for the first to commit (the
     * number is used) or roll back (the number is given back): gap-free, never twice, on any node.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int nextNumber(String unitCode, int year, String symbol) {
        return jdbc.sql("""
                INSERT INTO document_number (unit_code, year, symbol, last_value) VALUES (?, ?, ?, 1)
                ON CONFLICT (unit_code, year, symbol) DO UPDATE SET last_value = document_number.last_value + 1
                RETURNING last_value""").params(unitCode, year, symbol).query(Integer.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(RegisterEntry e, int year, int seq, byte[] content, String dataJson) {
        jdbc.sql("""
                INSERT INTO document (document_id, kind, subject_type, subject_id, unit_code, year, symbol, seq, number,
                    title, for_citizen, names_petitioner, content, data, sha256, template_version, issued_by, issued_at,
                    cause_event_id, sequence, supersedes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.documentId(), e.kind().name(), e.subjectType().name(), e.subjectId(), e.unitCode(), year,
                        e.symbol(), seq, e.number(), e.title(), e.forCitizen(), e.namesPetitioner(), content, sealData(dataJson),
                        e.sha256(),
                        e.templateVersion(), e.issuedBy(), Timestamp.from(e.issuedAt()), e.causeEventId(),
                        e.sequence(), e.supersedes())
                .update();
    }

    boolean exists(UUID documentId) {
        return jdbc.sql("SELECT count(*) FROM document WHERE document_id = ?").param(documentId)
                .query(Long.class).single() > 0;
    }

    Optional<RegisterEntry> find(UUID documentId) {
        return jdbc.sql(SELECT + " WHERE d.document_id = ?").param(documentId).query(DocumentRegister::map).optional();
    }

    /** The PDF exactly as issued. */
    Optional<byte[]> content(UUID documentId) {
        return jdbc.sql("SELECT content FROM document WHERE document_id = ?").param(documentId)
                .query((rs, row) -> rs.getBytes(1)).optional();
    }

    /** A subject's documents in the order they were issued. */
    List<RegisterEntry> of(SubjectType type, String subjectId) {
        return jdbc.sql(SELECT + " WHERE d.subject_type = ? AND d.subject_id = ? ORDER BY d.issued_at, d.sequence")
                .params(type.name(), subjectId).query(DocumentRegister::map).list();
    }

    /** The data a document was rendered with (without its number and date). */
    Optional<String> data(UUID documentId) {
        return jdbc.sql("SELECT data ->> 'sealed' FROM document WHERE document_id = ?").param(documentId)
                .query((rs, row) -> cipher.open(DATA, rs.getString(1))).optional();
    }

    int corrections(UUID documentId) {
        return jdbc.sql("SELECT count(*) FROM document WHERE supersedes = ?").param(documentId)
                .query(Integer.class).single();
    }

    private static RegisterEntry map(ResultSet rs, int row) throws SQLException {
        return new RegisterEntry(rs.getObject("document_id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
                SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id"), rs.getString("unit_code"),
                rs.getString("symbol"), rs.getString("number"), rs.getString("title"), rs.getBoolean("for_citizen"),
                rs.getBoolean("names_petitioner"), rs.getString("sha256"), rs.getInt("template_version"),
                rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(), rs.getString("cause_event_id"),
                rs.getInt("sequence"), rs.getObject("supersedes", UUID.class), rs.getObject("superseded_by", UUID.class));
    }
}
