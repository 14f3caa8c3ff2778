package vn.danvan.platform.backup;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import vn.danvan.platform.embedded.EmbeddedInfrastructure;
import vn.danvan.platform.embedded.EmbeddedPostgresServer;

/**
 * Puts a backup in place of the local default run's database, with the application stopped. Nothing
 * in the data directory changes until the backup has been read in full, checked against its
 * manifest, written to a new directory beside it and started there once (PostgreSQL's recovery
 * replays its WAL); only then are the current database and broker log moved aside (kept, not
 * deleted) and the restored one moved in. A refusal at any step leaves the data directory as it was.
 */
public final class Restore {

    /** What the restored database holds, read from it during the trial start. */
    public record Report(BackupManifest manifest, Path database, Path replaced, long cases, long openTasks,
            long timers, long eventsToSend, Map<String, Integer> lastCaseNumbers) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(Backups.VIETNAM);

    private Restore() {
    }

    /**
     * @param backup        a file made by {@link Backups} (the endpoint or the nightly job)
     * @param dataDirectory the run's data directory ({@code ./data}): its {@code postgres} is replaced
     * @throws BackupRefusedException with the reason, when nothing was changed
     */
    public static Report restore(Path backup, Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path database = data.resolve("postgres");
        refuseWhileRunning(database);
        BackupManifest manifest = BackupArchive.verify(backup, EmbeddedPostgresServer.MAJOR_VERSION);
        String stamp = STAMP.format(Instant.now());
        Path staging = data.resolve("restoring-" + stamp);
        try {
            BackupArchive.extract(backup, staging, manifest);
            Report trial = trialStart(staging, manifest);
            Path replaced = moveIn(data, staging, stamp);
            return new Report(manifest, database, replaced, trial.cases(), trial.openTasks(), trial.timers(),
                    trial.eventsToSend(), trial.lastCaseNumbers());
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new BackupRefusedException("it could not be written to " + staging + ": " + e.getMessage());
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /** The database of the data directory must not be in use: its server would keep writing to it. */
    private static void refuseWhileRunning(Path database) {
        Path pid = database.resolve("postmaster.pid");
        if (Files.exists(pid)) {
            try {
                long process = Long.parseLong(Files.readAllLines(pid, StandardCharsets.US_ASCII).get(0).trim());
                if (ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new BackupRefusedException("the database in " + database + " is running (process " + process
                            + "): stop danvan first");
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof BackupRefusedException refused) {
                    throw refused;
                }
                // unreadable or stale: the lock below decides
            }
        }
        Path lock = database.resolve("epg-lock");
        if (Files.exists(lock)) {
            try (FileOutputStream out = new FileOutputStream(lock.toFile(), true); FileLock held = out.getChannel().tryLock()) {
                if (held == null) {
                    throw new BackupRefusedException("the database in " + database + " is in use by a running danvan: stop it first");
                }
            } catch (java.nio.channels.OverlappingFileLockException e) {
                throw new BackupRefusedException("the database in " + database + " is in use by this process");
            } catch (IOException e) {
                throw new BackupRefusedException("cannot check whether " + database + " is in use: " + e.getMessage());
            }
        }
    }

    /**
     * Starts PostgreSQL on the restored files once, on a port of its own: recovery replays the
     * backup's WAL, the after-restore step marks recent events to be sent again, and a clean stop
     * leaves a database that starts at once. A backup that does not start is refused here.
     */
    private static Report trialStart(Path staging, BackupManifest manifest) {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(staging, EmbeddedInfrastructure.freePort());
                Connection connection = server.dataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(afterRestoreSql());
            }
            Map<String, Integer> numbers = new LinkedHashMap<>();
            if (exists(connection, "case_number")) {
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                        "SELECT upper(unit_code) || '-' || year, last_value FROM case_number ORDER BY 1")) {
                    while (rs.next()) {
                        numbers.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return new Report(manifest, staging, null,
                    exists(connection, "petition_case") ? count(connection, "SELECT count(*) FROM petition_case") : 0,
                    count(connection, "SELECT count(*) FROM act_ru_task"),
                    count(connection, "SELECT count(*) FROM act_ru_job WHERE type_ = 'timer'"),
                    count(connection, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"), numbers);
        } catch (SQLException | IOException | RuntimeException e) {
            throw new BackupRefusedException("the restored database does not start: " + e.getMessage());
        }
    }

    /** Moves the current database and broker log into {@code replaced-<time>}, then the restored database in. */
    private static Path moveIn(Path data, Path staging, String stamp) throws IOException {
        Path replaced = data.resolve("replaced-" + stamp);
        boolean anything = false;
        // the broker's log belongs with the database it ran beside: its consumer positions are past
        // events the restored database never consumed. A new broker and the outbox's re-send match.
        for (String part : new String[] {"postgres", "kafka"}) {
            if (Files.exists(data.resolve(part))) {
                Files.createDirectories(replaced);
                Files.move(data.resolve(part), replaced.resolve(part));
                anything = true;
            }
        }
        Files.move(staging, data.resolve("postgres"));
        BackupArchive.forceDirectory(data);
        return anything ? replaced : null;
    }

    static String afterRestoreSql() {
        try (InputStream in = Restore.class.getResourceAsStream("/backup/after-restore.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // left for the operator; the data directory itself was not touched
        }
    }
}
