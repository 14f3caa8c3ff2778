package vn.danvan.platform.backup;

/**
 * A backup file that must not be restored (not a danvan backup, damaged, from another PostgreSQL
 * major version) or a restore that must not run now. Thrown before anything was changed; the
 * message completes "Restore refused: ...".
 */
public class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
