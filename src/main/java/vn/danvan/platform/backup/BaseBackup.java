package vn.danvan.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A consistent physical backup of a running PostgreSQL server whose data directory is on this machine
 * (the local default run's embedded server), with nothing but JDBC and file reads: PostgreSQL's
 * documented low-level base backup ({@code pg_backup_start}, copy the files, {@code pg_backup_stop}),
 * plus the WAL written meanwhile, as {@code pg_basebackup -X fetch} would produce. Restoring it is
 * PostgreSQL's own crash recovery, which replays that WAL over the copied files until the point where
 * the backup ended: every transaction committed by then is in, none after it.
 *
 * <p>The files change while they are copied; that is expected, and the replay of the WAL (which
 * holds a full image of every page changed after the start) repairs it. A temporary replication
 * slot keeps that WAL from being recycled until it has been copied.
 */
final class BaseBackup {

    /** Skipped by name anywhere, as pg_basebackup skips them. */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "pg_internal.init", "backup_label", "backup_label.old", "tablespace_map", "current_logfiles");
    /** Kept as empty directories: their contents are runtime state that a restored server rebuilds. */
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Pattern START_WAL = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
    private static final Pattern WAL_FILE = Pattern.compile("[0-9A-F]{24}");

    private BaseBackup() {
    }

    /**
     * @param connection a superuser's connection to the server, used for nothing else meanwhile
     * @param target     the backup file to write
     */
    static BackupManifest take(Connection connection, Path target, BackupManifest.Application application)
            throws SQLException, IOException {
        Path dataDirectory = localDataDirectory(connection);
        String slot = "danvan_backup_" + single(connection, "SELECT pg_backend_pid()");
        try (BackupArchive.Writer archive = new BackupArchive.Writer(target)) {
            execute(connection, "SELECT pg_create_physical_replication_slot(?::name, true, true)", slot);
            String startLsn = single(connection, "SELECT pg_backup_start(?, true)::text", "danvan " + target.getFileName());
            boolean stopped = false;
            try {
                copyDataDirectory(dataDirectory, archive);
                String stopLsn;
                String label;
                String tablespaceMap;
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                    rs.next();
                    stopLsn = rs.getString(1);
                    label = rs.getString(2);
                    tablespaceMap = rs.getString(3);
                }
                stopped = true;
                Instant takenAt = Instant.now();
                copyWal(dataDirectory, archive, startWalFile(label), single(connection, "SELECT pg_walfile_name(?::pg_lsn)", stopLsn));
                archive.bytes(BackupArchive.DATA_PREFIX + "backup_label", label.getBytes(StandardCharsets.UTF_8));
                if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
                    archive.bytes(BackupArchive.DATA_PREFIX + "tablespace_map", tablespaceMap.getBytes(StandardCharsets.UTF_8));
                }
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION, takenAt,
                        new BackupManifest.Postgres(single(connection, "SHOW server_version"),
                                Integer.parseInt(single(connection, "SHOW server_version_num")),
                                single(connection, "SELECT system_identifier::text FROM pg_control_system()"),
                                Integer.parseInt(single(connection, "SELECT timeline_id::text FROM pg_control_checkpoint()")),
                                startLsn, stopLsn),
                        application, archive.files());
                archive.finish(manifest);
                return manifest;
            } finally {
                if (!stopped) {
                    // the backup failed midway: end it so that the server does not keep backup mode on
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SELECT pg_backup_stop(false)");
                    } catch (SQLException ignored) {
                        // the session is gone, and with it the backup mode
                    }
                }
                try {
                    execute(connection, "SELECT pg_drop_replication_slot(?::name)", slot);
                } catch (SQLException ignored) {
                    // temporary: it goes with the session anyway
                }
            }
        }
    }

    /**
     * The server's data directory, if it is on this machine: the same path must hold the same
     * cluster (the system identifier at the start of {@code global/pg_control}).
     */
    static Path localDataDirectory(Connection connection) throws SQLException {
        Path directory = Path.of(single(connection, "SHOW data_directory"));
        String systemIdentifier = single(connection, "SELECT system_identifier::text FROM pg_control_system()");
        try (InputStream in = Files.newInputStream(directory.resolve("global").resolve("pg_control"))) {
            byte[] head = in.readNBytes(8);
            long local = ByteBuffer.wrap(head).order(ByteOrder.nativeOrder()).getLong();
            if (!Long.toUnsignedString(local).equals(systemIdentifier)) {
                throw new BackupUnavailableException("the database server's data directory " + directory
                        + " is not on this machine");
            }
        } catch (IOException e) {
            throw new BackupUnavailableException("the database server's data directory " + directory
                    + " cannot be read from this machine (" + e.getMessage() + ")");
        }
        try (Stream<Path> tablespaces = Files.list(directory.resolve("pg_tblspc"))) {
            if (tablespaces.findAny().isPresent()) {
                throw new BackupUnavailableException("the server has tablespaces outside its data directory");
            }
        } catch (IOException e) {
            throw new BackupUnavailableException("cannot read " + directory.resolve("pg_tblspc") + ": " + e.getMessage());
        }
        return directory;
    }

    private static void copyDataDirectory(Path root, BackupArchive.Writer archive) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Path relative = root.relativize(path);
            if (relative.toString().isEmpty()) {
                continue;
            }
            String name = BackupArchive.DATA_PREFIX + relative.toString().replace('\\', '/');
            boolean emptied = EMPTIED_DIRECTORIES.contains(relative.getName(0).toString());
            if (Files.isDirectory(path)) {
                if (!emptied || relative.getNameCount() == 1 || relative.equals(Path.of("pg_wal", "archive_status"))) {
                    archive.directory(name);
                }
                continue;
            }
            String file = relative.getFileName().toString();
            if (emptied || SKIPPED_FILES.contains(file) || file.startsWith("pgsql_tmp") || Files.isSymbolicLink(path)) {
                continue;
            }
            archive.file(name, path);
        }
    }

    /** The WAL from the backup's start to its end, which the restore replays. */
    private static void copyWal(Path root, BackupArchive.Writer archive, String first, String last) throws IOException {
        List<Path> segments;
        try (Stream<Path> files = Files.list(root.resolve("pg_wal"))) {
            segments = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".history")
                        || (WAL_FILE.matcher(name).matches() && name.compareTo(first) >= 0 && name.compareTo(last) <= 0);
            }).sorted().toList();
        }
        for (Path segment : segments) {
            if (!archive.file(BackupArchive.DATA_PREFIX + "pg_wal/" + segment.getFileName(), segment)
                    && !segment.getFileName().toString().endsWith(".history")) {
                throw new NoSuchFileException(segment + " was removed before it was copied");
            }
        }
        long copied = segments.stream().filter(p -> WAL_FILE.matcher(p.getFileName().toString()).matches()).count();
        if (copied == 0) {
            throw new IOException("no WAL file between " + first + " and " + last + " in " + root.resolve("pg_wal"));
        }
    }

    private static String startWalFile(String label) {
        Matcher m = START_WAL.matcher(label);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected backup label: " + label);
        }
        return m.group(1);
    }

    private static String single(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void execute(Connection connection, String sql, String parameter) throws SQLException {
        single(connection, sql, parameter);
    }
}
