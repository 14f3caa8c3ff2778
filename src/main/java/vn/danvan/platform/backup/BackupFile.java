package vn.danvan.platform.backup;

import java.time.Instant;

/** A finished backup file in the backup directory. */
public record BackupFile(String file, long sizeBytes, Instant takenAt, Double seconds) {
}
