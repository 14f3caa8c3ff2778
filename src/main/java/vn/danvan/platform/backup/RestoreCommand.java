package vn.danvan.platform.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import vn.danvan.platform.config.LocalServers;

/**
 * {@code java -jar danvan.jar restore <backup file> [--danvan.embedded.data-dir=./data]}: the local
 * default run's restore, with the application stopped. Prints what the restored database holds, or
 * why the file was refused (exit status 2; nothing changed).
 */
public final class RestoreCommand {

    public static final String NAME = "restore";
    private static final String DATA_DIR = "--danvan.embedded.data-dir=";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx").withZone(Backups.VIETNAM);

    private RestoreCommand() {
    }

    /** The command prints its own result; the embedded server's and driver's chatter stays out. */
    public static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** @return the process exit status */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, LocalServers.carried());
    }

    /** @param embeddedCarried whether this artifact carries the embedded PostgreSQL (danvan-server.jar does not) */
    static int run(String[] args, PrintStream out, boolean embeddedCarried) {
        Path backup = null;
        Path data = Path.of("data");
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith(DATA_DIR)) {
                data = Path.of(args[i].substring(DATA_DIR.length()));
            } else if (backup == null && !args[i].startsWith("--")) {
                backup = Path.of(args[i]);
            }
        }
        if (backup == null) {
            out.println("Usage: java -jar danvan.jar restore <backup file> [" + DATA_DIR + "./data]");
            return 64;
        }
        if (!embeddedCarried) {
            // the backup is checked by a trial start of the embedded PostgreSQL, which is not here
            out.println("Restore refused: this is danvan-server.jar, the production image's, which carries no embedded "
                    + "PostgreSQL. Restore the local run's backups with danvan.jar; a production database with "
                    + "scripts/restore.sh (docs/reliability.md). Nothing was changed.");
            return 2;
        }
        try {
            Restore.Report report = Restore.restore(backup, data);
            out.println("Restored " + backup.getFileName() + " (backup of " + TIME.format(report.manifest().takenAt())
                    + ", PostgreSQL " + report.manifest().postgres().version() + ") into " + report.database());
            out.println("  cases: " + report.cases() + ", open tasks: " + report.openTasks() + ", timers: "
                    + report.timers() + ", events to send to Kafka at start: " + report.eventsToSend());
            out.println("  Anything registered after " + TIME.format(report.manifest().takenAt()) + " is not in it.");
            if (!report.lastCaseNumbers().isEmpty()) {
                out.println("  Case numbers continue after: " + report.lastCaseNumbers()
                        + " (numbers given after the backup will be given again)");
            }
            if (report.replaced() != null) {
                out.println("  The database and broker log it replaced are kept in " + report.replaced()
                        + "; delete them once the restored run is checked.");
            }
            out.println("Start danvan as usual.");
            return 0;
        } catch (BackupRefusedException e) {
            out.println("Restore refused: " + e.reason() + ". Nothing was changed in " + data.toAbsolutePath().normalize() + ".");
            return 2;
        }
    }
}
