package vn.danvan.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.petition.CaseAnonymised;
import vn.danvan.privacy.FieldCipher;

/**
 * When a case is anonymised, the rendering data of its documents loses the petitioner too (name
 * replaced, address and phone removed), in the same transaction: a correction issued later cannot
 * print them again. The issued PDFs stay as issued: the register is the legal record of what was
 * sent (docs/personal-data.md, "Known limits").
 */
@Component
class DocumentRedaction {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final DocumentRegister register;
    private final ObjectMapper json;

    DocumentRedaction(JdbcClient jdbc, FieldCipher cipher, DocumentRegister register, ObjectMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.register = register;
        this.json = json;
    }

    @EventListener
    void on(CaseAnonymised anonymised) throws Exception {
        record Line(UUID id, String sealed) {
        }
        List<Line> lines = jdbc.sql("""
                SELECT document_id, data ->> 'sealed' FROM document WHERE subject_type = 'CASE' AND subject_id = ?""")
                .param(anonymised.caseId()).query((rs, n) -> new Line(rs.getObject(1, UUID.class), rs.getString(2))).list();
        for (Line line : lines) {
            if (line.sealed() == null) {
                continue;
            }
            ObjectNode data = (ObjectNode) json.readTree(cipher.open(DocumentRegister.DATA, line.sealed()));
            // TemplateData: the case's fields, the petitioner among them, are under "petition"
            if (data.path("petition").path("petitioner").isObject()) {
                ObjectNode petitioner = (ObjectNode) data.path("petition").path("petitioner");
                petitioner.put("name", CaseAnonymised.PLACEHOLDER);
                petitioner.putNull("address");
                petitioner.putNull("phone");
            }
            jdbc.sql("UPDATE document SET data = CAST(? AS jsonb) WHERE document_id = ?")
                    .params(register.sealData(json.writeValueAsString(data)), line.id()).update();
        }
    }
}
