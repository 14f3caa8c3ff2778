package vn.danvan.messaging;

/**
 * The event is valid but its receiver is not ready for it yet (typically a process that has not
 * reached the step that waits for it). It is retried with back-off, and dead-lettered with this
 * reason only if it never becomes expected.
 */
public class EventNotYetExpectedException extends RuntimeException {

    public EventNotYetExpectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
