package vn.danvan.platform.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The backup file: a zip archive of the PostgreSQL data directory under {@code pgdata/} with
 * {@code manifest.json} last. It is written under a {@code .partial} name and renamed only when
 * complete and on disk, so an interrupted backup never looks like a finished one. Reading it back
 * checks every entry against the manifest before anything is written anywhere.
 */
final class BackupArchive {

    static final String MANIFEST = "manifest.json";
    static final String DATA_PREFIX = "pgdata/";
    /** Files a restore cannot start without. */
    static final List<String> REQUIRED = List.of("pgdata/PG_VERSION", "pgdata/global/pg_control", "pgdata/backup_label");

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private BackupArchive() {
    }

    /** Writes a new archive; {@link #finish} makes it visible under its final name. */
    static final class Writer implements AutoCloseable {

        private final Path partial;
        private final Path target;
        private final ZipOutputStream zip;
        private final List<BackupManifest.FileEntry> files = new ArrayList<>();
        private final byte[] buffer = new byte[64 * 1024];
        private boolean finished;

        Writer(Path target) throws IOException {
            this.target = target;
            this.partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.createDirectories(target.getParent());
            this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16));
            // the machine is shared with the application: fast compression, still about 5:1 on a cluster
            zip.setLevel(Deflater.BEST_SPEED);
        }

        void directory(String name) throws IOException {
            zip.putNextEntry(new ZipEntry(name.endsWith("/") ? name : name + "/"));
            zip.closeEntry();
        }

        /**
         * Copies a file as it is now. A file PostgreSQL removed meanwhile (a dropped table, a finished
         * temporary file) is left out: the WAL in the backup accounts for it.
         */
        boolean file(String name, Path source) throws IOException {
            InputStream in;
            try {
                in = Files.newInputStream(source);
            } catch (NoSuchFileException gone) {
                return false;
            }
            try (in) {
                zip.putNextEntry(new ZipEntry(name));
                MessageDigest sha = sha256();
                long size = 0;
                for (int n; (n = in.read(buffer)) > 0; size += n) {
                    zip.write(buffer, 0, n);
                    sha.update(buffer, 0, n);
                }
                zip.closeEntry();
                files.add(new BackupManifest.FileEntry(name, size, HexFormat.of().formatHex(sha.digest())));
                return true;
            }
        }

        void bytes(String name, byte[] content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            files.add(new BackupManifest.FileEntry(name, content.length, HexFormat.of().formatHex(sha256().digest(content))));
        }

        List<BackupManifest.FileEntry> files() {
            return List.copyOf(files);
        }

        /** Writes the manifest, forces the file to disk and gives it its final name. */
        Path finish(BackupManifest manifest) throws IOException {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.close();
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(target.getParent());
            finished = true;
            return target;
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                try {
                    zip.close();
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }

    /**
     * Reads the whole file and checks it against its manifest: a foreign file, a truncated or altered
     * one, or one from another PostgreSQL major version is refused with the reason.
     *
     * @param postgresMajor the major version of the PostgreSQL binaries that would run the restore
     */
    static BackupManifest verify(Path file, int postgresMajor) {
        try (ZipFile zip = open(file)) {
            BackupManifest manifest = manifest(zip);
            if (manifest.postgres() == null || manifest.postgres().major() != postgresMajor) {
                throw new BackupRefusedException("it was made by PostgreSQL "
                        + (manifest.postgres() == null ? "(unknown)" : manifest.postgres().version())
                        + " and this danvan runs PostgreSQL " + postgresMajor + "; a physical backup only restores on the"
                        + " same major version");
            }
            Map<String, BackupManifest.FileEntry> expected = manifest.files().stream()
                    .collect(Collectors.toMap(BackupManifest.FileEntry::path, Function.identity(), (a, b) -> a));
            for (String required : REQUIRED) {
                if (!expected.containsKey(required)) {
                    throw new BackupRefusedException("it is damaged: " + required + " is missing");
                }
            }
            int checked = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || entry.getName().equals(MANIFEST)) {
                    continue;
                }
                BackupManifest.FileEntry listed = expected.get(entry.getName());
                if (listed == null) {
                    throw new BackupRefusedException("it is damaged or altered: " + entry.getName()
                            + " is not listed in its manifest");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    check(listed, in, OutputStream.nullOutputStream());
                } catch (ZipException e) {
                    throw new BackupRefusedException("it is damaged: " + entry.getName() + " cannot be read (" + e.getMessage() + ")");
                }
                checked++;
            }
            if (checked != expected.size()) {
                throw new BackupRefusedException("it is damaged: its manifest lists " + expected.size()
                        + " files and it holds " + checked);
            }
            return manifest;
        } catch (IOException e) {
            throw new BackupRefusedException("it cannot be read: " + e.getMessage());
        }
    }

    /** Writes the data directory of a verified archive into {@code target}, checking every file again. */
    static void extract(Path file, Path target, BackupManifest manifest) throws IOException {
        Map<String, BackupManifest.FileEntry> expected = manifest.files().stream()
                .collect(Collectors.toMap(BackupManifest.FileEntry::path, Function.identity(), (a, b) -> a));
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zip = open(file)) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(DATA_PREFIX)) {
                    continue;
                }
                Path path = root.resolve(entry.getName().substring(DATA_PREFIX.length())).normalize();
                if (!path.startsWith(root)) {
                    throw new BackupRefusedException("it is altered: " + entry.getName() + " points outside the data directory");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(path)) {
                    check(expected.get(entry.getName()), in, out);
                }
            }
        }
        // PostgreSQL refuses a data directory that others may read
        if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static ZipFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupRefusedException("there is no file " + file);
        }
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupRefusedException("it is not a danvan backup, or it is incomplete: not a readable zip archive ("
                    + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open " + file, e);
        }
    }

    private static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new BackupRefusedException("it is not a danvan backup: it has no " + MANIFEST);
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in, BackupManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BackupRefusedException("it is not a danvan backup, or it is damaged: its " + MANIFEST
                    + " cannot be read (" + e.getOriginalMessage() + ")");
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())) {
            throw new BackupRefusedException("it is not a danvan backup: its manifest says format '" + manifest.format() + "'");
        }
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
            throw new BackupRefusedException("it was made by a newer danvan (backup format " + manifest.formatVersion()
                    + "); this one reads format " + BackupManifest.FORMAT_VERSION);
        }
        if (manifest.files() == null || manifest.takenAt() == null) {
            throw new BackupRefusedException("it is damaged: its manifest has no file list or no time");
        }
        return manifest;
    }

    /** Streams one entry, refusing it unless its size and SHA-256 are those of the manifest. */
    private static void check(BackupManifest.FileEntry listed, InputStream in, OutputStream out) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new BackupRefusedException("it is damaged: " + listed.path() + " cannot be read (" + e.getMessage() + ")");
        }
        if (size != listed.size() || !HexFormat.of().formatHex(sha.digest()).equals(listed.sha256())) {
            throw new BackupRefusedException("it is damaged: " + listed.path() + " does not match its checksum");
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the rename itself is still atomic
        }
    }
}
