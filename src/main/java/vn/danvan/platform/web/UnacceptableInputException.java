package vn.danvan.platform.web;

import org.springframework.http.HttpStatus;

/**
 * Input refused for a reason other than a malformed field: too large (413), of a type not taken
 * (415), or in conflict with the record's state (409). Answered as problem+json naming the field,
 * with the reason in words for the person who sent it.
 */
public class UnacceptableInputException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public UnacceptableInputException(HttpStatus status, String field, String reason) {
        super(reason);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
