package vn.danvan.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.danvan.platform.DatabaseUnavailable;

/**
 * Turns bad input into {@code application/problem+json} answers that name every bad field, and an
 * unreachable database into a 503 that says to try again, never a bare 500.
 */
@RestControllerAdvice(basePackages = "vn.danvan")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    static final URI INVALID_INPUT = URI.create("https://danvan.vn/problems/invalid-input");

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(org.springframework.validation.FieldError::getField))
                .forEach(error -> errors.add(Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage()))));
        return invalid(errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !JsonProblems.isSyntaxError(mapping)) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return invalid(List.of(Map.of("field", field, "message", JsonProblems.describe(mapping))));
        }
        if (e.getCause() instanceof JsonMappingException mapping && !JsonProblems.isSyntaxError(mapping)) {
            return invalid(List.of(Map.of("field", "(body)", "message", "must be a JSON object")));
        }
        return invalid(List.of(Map.of("field", "(body)", "message", "is not valid JSON"
                + JsonProblems.location(e.getCause()))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.errors().stream().map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
                .toList());
    }

    @ExceptionHandler(UnacceptableInputException.class)
    ResponseEntity<ProblemDetail> unacceptable(UnacceptableInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return ResponseEntity.status(e.status()).body(problem);
    }



    /**
     * PostgreSQL out of reach (no connection, or one lost in the middle of an engine command) is a 503
     * with {@code Retry-After}; any other engine or SQL failure stays a 500 and is logged as the defect it is.
     */
    @ExceptionHandler({org.camunda.bpm.engine.ProcessEngineException.class,
            org.springframework.dao.DataAccessException.class, org.springframework.transaction.TransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        if (!DatabaseUnavailable.causedBy(e)) {
            throw e;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
        problem.setTitle(DatabaseUnavailable.TITLE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).body(problem);
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(error -> error.get("field") + " " + error.get("message"))
                        .collect(Collectors.joining("; ")));
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }
}
