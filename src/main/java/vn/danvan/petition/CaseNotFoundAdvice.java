package vn.danvan.petition;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A case that does not exist, or that the caller may not see, answers 404 at every door (officers',
 * citizens', other modules' that ask petition for a case): nobody learns that it exists.
 */
@RestControllerAdvice
class CaseNotFoundAdvice {

    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(CaseNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Không có hồ sơ này, hoặc bạn không được xem hồ sơ này (no such case, or you may not see it)"));
    }
}
