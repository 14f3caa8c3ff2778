package vn.danvan.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Columns of a feature module that hold values sealed by {@link FieldCipher}. Key rotation and the
 * migration of rows written before encryption call {@link #reseal} until it answers 0: each module
 * knows its own columns, this module knows none of them.
 */
public interface SealedColumns {

    /** What the columns are, for logs ("petition_case petitioner fields"). */
    String name();

    /**
     * Seals with the current key up to {@code batch} rows whose values are plain or sealed with
     * another key, in the caller's transaction.
     *
     * @return how many rows were changed
     */
    int reseal(JdbcClient jdbc, FieldCipher cipher, int batch);

    /** Re-seals everything in batches; for migrations and the rotation job. */
    static long resealAll(SealedColumns columns, JdbcClient jdbc, FieldCipher cipher) {
        long total = 0;
        for (int done; (done = columns.reseal(jdbc, cipher, 200)) > 0; ) {
            total += done;
        }
        return total;
    }
}
