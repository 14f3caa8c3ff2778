package vn.danvan.platform.backup;

/** No backup can be made here and now: switched off, one already running, or the server's files are elsewhere. */
public class BackupUnavailableException extends RuntimeException {

    public BackupUnavailableException(String reason) {
        super(reason);
    }
}
