package vn.danvan.messaging;

/**
 * A permanent problem with an inbound event (not a CloudEvent, unknown type, bad or missing data,
 * unknown unit). It goes to the dead-letter topic at once with this message as the reason; retrying
 * cannot help.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String reason) {
        super(reason);
    }
}
