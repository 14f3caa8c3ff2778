package vn.danvan.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.support.DanvanIntegrationTest;

/**
 * The key check that runs around Flyway's migrations at every start ({@link DataKeyCheck}), on the
 * real PostgreSQL, in a schema of its own so that the application's own check row is untouched.
 */
@DanvanIntegrationTest
class DataKeyCheckIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    KeyRing applicationKeys;

    @Test
    void aWrongKeyRefusesToStartNamingTheVariableAndWritesNothingARotationIsAccepted() throws Exception {
        String schema = "keycheck_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
            sql.execute("SET search_path TO " + schema);
            try {
                sql.execute("CREATE TABLE data_key_check (key_id varchar(16) PRIMARY KEY, sealed text NOT NULL,"
                        + " created_at timestamp with time zone NOT NULL DEFAULT now())");
                FieldCipher a = FieldCipherTest.cipher(FieldCipherTest.KEY_A);
                FieldCipher b = FieldCipherTest.cipher(FieldCipherTest.KEY_B);

                new DataKeyCheck(a).verify(connection); // the first start: key A's row
                new DataKeyCheck(a).verify(connection); // the next start with the same key
                assertThat(rows(sql)).isEqualTo(1);

                assertThatThrownBy(() -> new DataKeyCheck(b).verify(connection))
                        .hasMessageContaining("Wrong data key, refusing to start")
                        .hasMessageContaining("DANVAN_DATA_KEY").hasMessageContaining(a.keys().currentId());
                assertThat(rows(sql)).as("nothing written with the wrong key").isEqualTo(1);

                // a rotation: the new key, the old one in DANVAN_DATA_KEYS_OLD
                new DataKeyCheck(FieldCipherTest.cipher(FieldCipherTest.KEY_B, FieldCipherTest.KEY_A)).verify(connection);
                assertThat(rows(sql)).isEqualTo(2);

                // a damaged check row of the current key is refused too
                sql.execute("UPDATE data_key_check SET sealed = 'v1:" + a.keys().currentId() + ":AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=='"
                        + " WHERE key_id = '" + a.keys().currentId() + "'");
                assertThatThrownBy(() -> new DataKeyCheck(a).verify(connection)).hasMessageContaining("DANVAN_DATA_KEY");
            } finally {
                sql.execute("RESET search_path");
                sql.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        assertThat(applicationKeys.currentId()).as("the application's own key is the test profile's")
                .isNotEqualTo(FieldCipherTest.cipher(FieldCipherTest.KEY_A).keys().currentId());
    }

    private static long rows(Statement sql) throws Exception {
        try (var rs = sql.executeQuery("SELECT count(*) FROM data_key_check")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
