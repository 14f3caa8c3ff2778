package vn.danvan.platform.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup file says about itself ({@code manifest.json}, its last entry): which server made it,
 * the application's schema at the time, and the size and SHA-256 of every file, so that a restore
 * can refuse a damaged or foreign file before it touches anything.
 *
 * @param takenAt the consistent point: the database as it was when the backup ended
 */
public record BackupManifest(String format, int formatVersion, Instant takenAt, Postgres postgres,
        Application application, List<FileEntry> files) {

    static final String FORMAT = "danvan-backup";
    static final int FORMAT_VERSION = 1;

    /** @param versionNum PostgreSQL's {@code server_version_num}, e.g. 150019 */
    public record Postgres(String version, int versionNum, String systemIdentifier, int timeline, String startLsn,
            String stopLsn) {

        int major() {
            return versionNum / 10_000;
        }
    }

    /** @param schemaVersion the highest Flyway migration applied ({@code null} before any) */
    public record Application(String schemaVersion, String camundaSchemaVersion) {
    }

    public record FileEntry(String path, long size, String sha256) {
    }
}
