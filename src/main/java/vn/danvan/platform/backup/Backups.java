package vn.danvan.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Service;
import vn.danvan.platform.audit.AuditTrail;

/**
 * Backups of the running database into the backup directory: one at a time (a PostgreSQL advisory
 * lock, also across nodes), the newest {@code keep} kept, each recorded in the audit trail.
 */
@Service
public class Backups {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PREFIX = "danvan-";
    static final String SUFFIX = ".zip";
    private static final long LOCK = 0x64616e76616e60L;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'" + PREFIX + "'yyyyMMdd-HHmmss'" + SUFFIX + "'")
            .withZone(VIETNAM);
    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final BackupProperties properties;
    private final DataSourceProperties dataSource;
    private final AuditTrail audit;

    Backups(BackupProperties properties, DataSourceProperties dataSource, AuditTrail audit) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /**
     * Makes a consistent backup of the database as it runs, then deletes the oldest beyond {@code keep}.
     *
     * @throws BackupUnavailableException when backups are off here, one is already running, or the
     *                                    database's files are not on this machine
     */
    public BackupFile takeNow(String requestedBy) {
        return take(requestedBy, null).orElseThrow();
    }

    /**
     * The nightly backup: skipped when a node already made one in the last hours (every node runs the
     * schedule; the lock keeps them from overlapping, the audit trail from repeating).
     */
    java.util.Optional<BackupFile> takeNightly(java.time.Duration unlessTakenWithin) {
        return take(NIGHTLY, unlessTakenWithin);
    }

    static final String NIGHTLY = "system";

    private java.util.Optional<BackupFile> take(String requestedBy, java.time.Duration unlessTakenWithin) {
        if (!properties.enabled()) {
            throw new BackupUnavailableException("backups by the application are off in this deployment "
                    + "(danvan.backup.enabled=false); back up the database server itself (scripts/backup.sh)");
        }
        long started = System.nanoTime();
        // its own connection, not one of the pool: the backup holds it for its whole length, and a
        // failure leaves no backup mode or slot behind in a pooled session
        try (Connection connection = DriverManager.getConnection(dataSource.determineUrl(),
                dataSource.determineUsername(), dataSource.determinePassword())) {
            if (!Boolean.TRUE.equals(query(connection, "SELECT pg_try_advisory_lock(" + LOCK + ")", Boolean.class))) {
                throw new BackupUnavailableException("a backup is already running");
            }
            try {
                if (unlessTakenWithin != null && query(connection, "SELECT count(*) FROM audit_log WHERE action = 'BACKUP' "
                        + "AND user_id = '" + NIGHTLY + "' AND at > now() - interval '" + unlessTakenWithin.toSeconds()
                        + " seconds'", Long.class) > 0) {
                    return java.util.Optional.empty();
                }
                Files.createDirectories(properties.directory());
                deletePartials();
                Path target = properties.directory().resolve(NAME.format(Instant.now()));
                BackupManifest manifest = BaseBackup.take(connection, target, facts(connection));
                BackupFile done = new BackupFile(target.getFileName().toString(), Files.size(target), manifest.takenAt(),
                        Math.round((System.nanoTime() - started) / 1e7) / 100.0);
                List<String> deleted = prune();
                audit.record(requestedBy, "BACKUP", null, done.file() + ", " + done.sizeBytes() + " bytes"
                        + (deleted.isEmpty() ? "" : "; deleted " + String.join(", ", deleted)), null);
                log.info("Backup {} ({} MB) in {} s, requested by {}; kept {}, deleted {}", done.file(),
                        done.sizeBytes() / 1_000_000, done.seconds(), requestedBy, properties.keep(), deleted);
                return java.util.Optional.of(done);
            } finally {
                query(connection, "SELECT pg_advisory_unlock(" + LOCK + ")", Boolean.class);
            }
        } catch (SQLException e) {
            throw new BackupUnavailableException("the database refused the backup: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Backup into " + properties.directory() + " failed", e);
        }
    }

    /** Finished backups, newest first. */
    public List<BackupFile> list() {
        return files().stream().map(path -> {
            try {
                return new BackupFile(path.getFileName().toString(), Files.size(path),
                        Files.getLastModifiedTime(path).toInstant(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static BackupManifest.Application facts(Connection connection) throws SQLException {
        String schema = query(connection, "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                + "ORDER BY installed_rank DESC LIMIT 1", String.class);
        String camunda = query(connection, "SELECT value_ FROM act_ge_property WHERE name_ = 'schema.version'", String.class);
        return new BackupManifest.Application(schema, camunda);
    }

    private List<Path> files() {
        if (!Files.isDirectory(properties.directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(properties.directory())) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> prune() throws IOException {
        List<Path> all = files();
        List<String> deleted = new java.util.ArrayList<>();
        for (Path old : all.subList(Math.min(properties.keep(), all.size()), all.size())) {
            Files.deleteIfExists(old);
            deleted.add(old.getFileName().toString());
        }
        return deleted;
    }

    /** What a crash in the middle of an earlier backup left (we hold the lock: none is being written). */
    private void deletePartials() throws IOException {
        try (Stream<Path> files = Files.list(properties.directory())) {
            for (Path partial : files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private static <T> T query(Connection connection, String sql, Class<T> type) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, type);
        }
    }
}
