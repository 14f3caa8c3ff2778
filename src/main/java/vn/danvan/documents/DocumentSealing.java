package vn.danvan.documents;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.privacy.FieldCipher;
import vn.danvan.privacy.SealedColumns;

/** The register's rendering data: sealed when plain (lines from before V83) or sealed with an older key. */
@Component
class DocumentSealing implements SealedColumns {

    @Override
    public String name() {
        return "document data";
    }

    @Override
    public int reseal(JdbcClient jdbc, FieldCipher cipher, int batch) {
        record Line(UUID id, String sealed, String plain) {
        }
        List<Line> lines = jdbc.sql("""
                SELECT document_id, data ->> 'sealed', data::text FROM document
                WHERE data ->> 'sealed' IS NULL OR data ->> 'sealed' NOT LIKE ?
                ORDER BY document_id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params("v1:" + cipher.keys().currentId() + ":%", batch)
                .query((rs, n) -> new Line(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
        for (Line line : lines) {
            String json = line.sealed() != null && FieldCipher.isSealed(line.sealed())
                    ? cipher.open(DocumentRegister.DATA, line.sealed()) : line.plain();
            jdbc.sql("UPDATE document SET data = CAST(? AS jsonb) WHERE document_id = ?")
                    .params("{\"sealed\": \"" + cipher.seal(DocumentRegister.DATA, json) + "\"}", line.id()).update();
        }
        return lines.size();
    }
}
