package vn.danvan.privacy;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation ({@code DANVAN_DATA_KEY} new, the previous key in {@code DANVAN_DATA_KEYS_OLD}),
 * re-encrypts every sealed column with the new key, batch by batch in short transactions while the
 * application runs, then forgets the old keys' check rows: from then on the old key may be removed
 * from the environment. One node does it at a time (a PostgreSQL advisory lock); a node that stops
 * half-way leaves rows readable with either key, and the next start carries on.
 */
@Component
class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
    private static final long LOCK = 0x64616e76616e03L;

    private final javax.sql.DataSource dataSource;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final List<SealedColumns> columns;
    private final TransactionTemplate transactions;

    KeyRotation(javax.sql.DataSource dataSource, JdbcClient jdbc, FieldCipher cipher, List<SealedColumns> columns,
            TransactionTemplate transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.columns = columns;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (pending()) {
            Thread thread = new Thread(this::run, "danvan-key-rotation");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Whether data of another key than the current one may still be in the database. */
    boolean pending() {
        return jdbc.sql("SELECT count(*) FROM data_key_check WHERE key_id <> ?").param(cipher.keys().currentId())
                .query(Long.class).single() > 0;
    }

    /** Re-encrypts everything with the current key; answers how many rows changed (0 if another node does it). */
    long run() {
        // the lock lives as long as this connection's session, held apart from the pool's
        try (java.sql.Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "pg_try_advisory_lock")) {
                return 0;
            }
            try {
                return rotate();
            } finally {
                advisory(lock, "pg_advisory_unlock");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Key rotation could not take its lock", e);
        }
    }

    private static boolean advisory(java.sql.Connection connection, String function) throws java.sql.SQLException {
        try (var statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, LOCK);
            try (var rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private long rotate() {
        try {
            long total = 0;
            for (SealedColumns column : columns) {
                long done = 0;
                for (Integer batch; (batch = transactions.execute(s -> column.reseal(jdbc, cipher, 200))) != null && batch > 0; ) {
                    done += batch;
                }
                log.info("Key rotation: {} rows of {} re-encrypted with key {}", done, column.name(), cipher.keys().currentId());
                total += done;
            }
            int forgotten = transactions.execute(s -> jdbc.sql("DELETE FROM data_key_check WHERE key_id <> ?")
                    .param(cipher.keys().currentId()).update());
            log.info("Key rotation done: every sealed value is under key {}; {} old key(s) may now be removed from {}",
                    cipher.keys().currentId(), forgotten, DataKeyLoader.OLD_KEYS_VARIABLE);
            return total;
        } catch (RuntimeException e) {
            log.error("Key rotation stopped; rows are readable with either key, the next start carries on", e);
            throw e;
        }
    }
}
