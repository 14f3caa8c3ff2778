package vn.danvan.platform.web;

/**
 * Input that a caller can fix: answered {@code 400} with the field named. Services throw it for
 * checks that Bean Validation cannot make (an unknown unit code, a date in the future).
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
