package vn.danvan.documents;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import vn.danvan.privacy.FieldCipher;
import vn.danvan.privacy.SealedColumns;

/** Encrypts the rendering data of documents issued before encryption existed (V82 allows exactly that). */
@Component
class V83__Encrypt_document_data extends BaseJavaMigration {

    private final DocumentSealing sealing;
    private final FieldCipher cipher;

    V83__Encrypt_document_data(DocumentSealing sealing, FieldCipher cipher) {
        this.sealing = sealing;
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        SealedColumns.resealAll(sealing, jdbc, cipher);
    }
}
