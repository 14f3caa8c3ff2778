package vn.danvan.platform;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * One rule, shared by the REST answers (503), the sign-in and the Kafka consumers (retry without
 * end), for "PostgreSQL cannot be reached": no connection, a connection lost in the middle of a
 * command, or the server shutting down. Any other database error is a defect and stays one.
 */
public final class DatabaseUnavailable {

    /** What a caller is told, with a {@code Retry-After} of {@link #RETRY_AFTER_SECONDS}. */
    public static final String TITLE = "Service temporarily unavailable";
    public static final String DETAIL = "The database is unavailable; nothing was stored. Try again in a minute.";
    public static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SocketException) {
                return true;
            }
            // the connection broke mid-command, then its rollback failed too: Spring throws the
            // rollback's failure and keeps the first one aside
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P: the server is shutting down, restarting
            // or not yet accepting connections (57P01 reaches a request in flight at a stop)
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
