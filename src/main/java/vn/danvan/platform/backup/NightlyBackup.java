package vn.danvan.platform.backup;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly backup of the local default run into {@code ./data/backups}. */
@Component
@ConditionalOnProperty(name = "danvan.backup.enabled", havingValue = "true")
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

    private final Backups backups;

    NightlyBackup(Backups backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${danvan.backup.cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    void run() {
        try {
            backups.takeNightly(Duration.ofHours(12))
                    .ifPresentOrElse(file -> { }, () -> log.info("Nightly backup skipped: another node made one"));
        } catch (BackupUnavailableException e) {
            log.warn("Nightly backup not made: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Nightly backup failed; the previous backups are untouched", e);
        }
    }
}
