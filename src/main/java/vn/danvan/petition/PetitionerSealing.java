package vn.danvan.petition;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.privacy.FieldCipher;
import vn.danvan.privacy.NameHash;
import vn.danvan.privacy.SealedColumns;

/**
 * The petitioner's fields and the attachments' bytes: sealed with the current key when they are
 * plain (rows from before V81) or sealed with an older key (a rotation), the name hash recomputed
 * with them (its key derives from the data key).
 */
@Component
class PetitionerSealing implements SealedColumns {

    private final NameHash hash;

    PetitionerSealing(NameHash hash) {
        this.hash = hash;
    }

    @Override
    public String name() {
        return "petition_case petitioner fields, case_attachment content, data_subject_request texts";
    }

    @Override
    public int reseal(JdbcClient jdbc, FieldCipher cipher, int batch) {
        String current = "v1:" + cipher.keys().currentId() + ":%";
        record Row(String caseId, String name, String phone, String address, String email) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT case_id, petitioner_name, petitioner_phone, petitioner_address, petitioner_email FROM petition_case
                WHERE petitioner_name NOT LIKE :current OR petitioner_phone NOT LIKE :current
                   OR petitioner_address NOT LIKE :current OR petitioner_email NOT LIKE :current
                ORDER BY case_id LIMIT :batch FOR UPDATE SKIP LOCKED""").param("current", current).param("batch", batch)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
        for (Row row : rows) {
            String name = plain(cipher, PetitionerFields.NAME, row.name());
            jdbc.sql("""
                    UPDATE petition_case SET petitioner_name = ?, petitioner_phone = ?, petitioner_address = ?,
                        petitioner_email = ?, petitioner_name_hash = ? WHERE case_id = ?""")
                    .params(cipher.seal(PetitionerFields.NAME, name),
                            cipher.seal(PetitionerFields.PHONE, plain(cipher, PetitionerFields.PHONE, row.phone())),
                            cipher.seal(PetitionerFields.ADDRESS, plain(cipher, PetitionerFields.ADDRESS, row.address())),
                            cipher.seal(PetitionerFields.EMAIL, plain(cipher, PetitionerFields.EMAIL, row.email())),
                            hash.of(name), row.caseId())
                    .update();
        }
        byte[] prefix = ("DV1" + cipher.keys().currentId()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        record File(Object id, byte[] content) {
        }
        List<File> files = jdbc.sql("""
                SELECT attachment_id, content FROM case_attachment WHERE substring(content FROM 1 FOR 11) <> ?
                ORDER BY attachment_id LIMIT ? FOR UPDATE SKIP LOCKED""").params(prefix, batch)
                .query((rs, n) -> new File(rs.getObject(1), rs.getBytes(2))).list();
        for (File file : files) {
            byte[] bytes = FieldCipher.isSealed(file.content()) ? cipher.open(CaseAttachments.CONTENT, file.content())
                    : file.content();
            jdbc.sql("UPDATE case_attachment SET content = ? WHERE attachment_id = ?")
                    .params(cipher.seal(CaseAttachments.CONTENT, bytes), file.id()).update();
        }
        record Request(Object id, String details, String answer) {
        }
        // V81 runs before V84 made the table
        boolean requestsExist = jdbc.sql("SELECT to_regclass('data_subject_request') IS NOT NULL").query(Boolean.class).single();
        List<Request> requests = !requestsExist ? List.of() : jdbc.sql("""
                SELECT request_id, details, answer FROM data_subject_request
                WHERE details NOT LIKE :current OR answer NOT LIKE :current
                ORDER BY request_id LIMIT :batch FOR UPDATE SKIP LOCKED""").param("current", current).param("batch", batch)
                .query((rs, n) -> new Request(rs.getObject(1), rs.getString(2), rs.getString(3))).list();
        for (Request request : requests) {
            jdbc.sql("UPDATE data_subject_request SET details = ?, answer = ? WHERE request_id = ?")
                    .params(cipher.seal(DataSubjectRequests.DETAILS, plain(cipher, DataSubjectRequests.DETAILS, request.details())),
                            cipher.seal(DataSubjectRequests.ANSWER, plain(cipher, DataSubjectRequests.ANSWER, request.answer())),
                            request.id())
                    .update();
        }
        return rows.size() + files.size() + requests.size();
    }

    private static String plain(FieldCipher cipher, String field, String stored) {
        return FieldCipher.isSealed(stored) ? cipher.open(field, stored) : stored;
    }
}
