package vn.danvan.platform.web;

import java.util.List;
import java.util.Map;

/**
 * Input that a caller can fix: answered {@code 400} with each field named. Services throw it for
 * checks that Bean Validation cannot make (an unknown unit code, a date in the future).
 */
public class InvalidInputException extends RuntimeException {

    private final List<Map.Entry<String, String>> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(Map.entry(field, message)));
    }

    /** Several fields at once, each with its reason, in the order given. */
    public InvalidInputException(List<Map.Entry<String, String>> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).getKey() + ": " + errors.get(0).getValue());
        this.errors = List.copyOf(errors);
    }

    public String field() {
        return errors.get(0).getKey();
    }

    public String reason() {
        return errors.get(0).getValue();
    }

    public List<Map.Entry<String, String>> errors() {
        return errors;
    }
}
