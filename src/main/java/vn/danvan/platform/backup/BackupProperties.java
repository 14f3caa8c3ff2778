package vn.danvan.platform.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backups the application makes itself (the local default run's embedded PostgreSQL).
 *
 * @param enabled   off where the database runs elsewhere (compose: {@code scripts/backup.sh})
 * @param directory where backup files go ({@code ./data/backups} by default)
 * @param keep      how many nightly backups are kept; older ones are deleted after a new one is complete
 * @param cron      when the nightly backup runs, in Vietnam time; "-" for never
 */
@ConfigurationProperties("danvan.backup")
public record BackupProperties(boolean enabled, Path directory, int keep, String cron) {

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("danvan.backup.keep must be at least 1, not " + keep);
        }
    }
}
