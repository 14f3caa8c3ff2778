package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.privacy.DataKeyLoader;
import vn.danvan.privacy.FieldCipher;
import vn.danvan.privacy.KeyRing;
import vn.danvan.privacy.NameHash;
import vn.danvan.privacy.SealedColumns;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Petitions;

/**
 * Re-encryption after a key rotation, on the real tables, inside a transaction that is rolled back
 * (the shared test database keeps its key): every petitioner ends under the new key, still opens,
 * and is found by the new name hash.
 */
@DanvanIntegrationTest
class KeyRotationIT {

    static final String NEW_KEY = "bmV3LWtleS1hZnRlci1yb3RhdGlvbi0zMi1ieXRlcyE=";

    @LocalServerPort
    int port;

    @Value("${DANVAN_DATA_KEY}")
    String currentKey;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectMapper json;

    @Test
    void afterARotationEveryPetitionerIsReencryptedWithTheNewKeyAndStillReadsAndSearches() throws Exception {
        String caseId = json.readTree(new Http(port).postJson("/api/petitions", Petitions.json("liennghia", "Đổi khóa"),
                "liennghia1", "demo").body()).path("caseId").asText();
        KeyRing rotated = DataKeyLoader.load(Map.of(DataKeyLoader.KEY_VARIABLE, NEW_KEY,
                DataKeyLoader.OLD_KEYS_VARIABLE, currentKey)::get, new String[] {"prod"});
        FieldCipher cipher = new FieldCipher(rotated);
        NameHash hash = new NameHash(rotated);

        transactions.executeWithoutResult(status -> {
            long changed = SealedColumns.resealAll(new PetitionerSealing(hash), jdbc, cipher);
            assertThat(changed).isGreaterThanOrEqualTo(1);
            Map<String, Object> row = jdbc.sql("""
                    SELECT petitioner_name, petitioner_phone, petitioner_name_hash FROM petition_case WHERE case_id = ?""")
                    .param(caseId).query().singleRow();
            assertThat(FieldCipher.keyIdOf((String) row.get("petitioner_name"))).isEqualTo(rotated.currentId());
            assertThat(cipher.open(PetitionerFields.NAME, (String) row.get("petitioner_name"))).isEqualTo("Nguyễn Văn Bình");
            assertThat(cipher.open(PetitionerFields.PHONE, (String) row.get("petitioner_phone"))).isEqualTo("0912 345 678");
            assertThat(row.get("petitioner_name_hash")).isEqualTo(hash.of("nguyen van binh"));
            assertThat(SealedColumns.resealAll(new PetitionerSealing(hash), jdbc, cipher)).as("nothing left").isZero();
            status.setRollbackOnly();
        });

        // the register stays append-only: only its data may be replaced, and only by a sealed form
        String documentId = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "SELECT document_id::text FROM document WHERE subject_id = ?").param(caseId).query(String.class)
                .optional().orElse(null), id -> id != null);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE document SET data = CAST(? AS jsonb) WHERE document_id = CAST(? AS uuid)")
                    .params("{\"sealed\": \"" + cipher.seal("document.data", "{}") + "\"}", documentId).update();
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> jdbc.sql("UPDATE document SET title = 'x' WHERE document_id = CAST(? AS uuid)")
                .param(documentId).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE document SET data = '{\"plain\": 1}' WHERE document_id = CAST(? AS uuid)")
                .param(documentId).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM document WHERE document_id = CAST(? AS uuid)")
                .param(documentId).update()).hasMessageContaining("append-only");
    }
}
