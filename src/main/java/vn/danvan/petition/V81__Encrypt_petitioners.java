package vn.danvan.petition;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import vn.danvan.privacy.FieldCipher;
import vn.danvan.privacy.SealedColumns;

/**
 * Encrypts the petitioners' fields and attachments written before encryption existed (V80 made
 * room for the ciphertext), in Flyway's transaction: the upgrade either encrypts every row or none.
 * A Spring bean, so it gets the data key; Spring Boot hands it to Flyway.
 */
@Component
class V81__Encrypt_petitioners extends BaseJavaMigration {

    private final PetitionerSealing sealing;
    private final FieldCipher cipher;

    V81__Encrypt_petitioners(PetitionerSealing sealing, FieldCipher cipher) {
        this.sealing = sealing;
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        SealedColumns.resealAll(sealing, jdbc, cipher);
    }
}
