package vn.danvan.petition;

import org.springframework.http.HttpStatus;
import vn.danvan.platform.web.UnacceptableInputException;

/**
 * A request for a second instance that does not apply to the case, with the reason in Vietnamese
 * and English, prefixed by the reason's code ({@link SecondInstanceRefusal}), for REST, the portal
 * and (as a {@code StepRejectedException} message) Tasklist's start form.
 */
public class SecondInstanceRefusedException extends UnacceptableInputException {

    private final SecondInstanceRefusal refusal;

    SecondInstanceRefusedException(SecondInstanceRefusal refusal, String detailVi, String detailEn) {
        super(refusal.status(), "caseId", "[" + refusal.name() + "] " + detailVi + " (" + detailEn + ")");
        this.refusal = refusal;
    }

    public SecondInstanceRefusal refusal() {
        return refusal;
    }

    /** Why a second instance does not apply, and the answer's status. */
    public enum SecondInstanceRefusal {
        /** Only a complaint (khiếu nại) has a second instance. */
        NOT_A_COMPLAINT(HttpStatus.UNPROCESSABLE_ENTITY),
        /** The first instance is still within its time limit: wait for its decision. */
        FIRST_INSTANCE_RUNNING(HttpStatus.CONFLICT),
        /** The case ended without a first-instance decision (not accepted, duplicate, sent elsewhere). */
        NO_FIRST_DECISION(HttpStatus.CONFLICT),
        /** Past the 30 (remote areas 45) days of art. 33. */
        WINDOW_PASSED(HttpStatus.UNPROCESSABLE_ENTITY),
        /** The case already has its second instance. */
        ALREADY_REQUESTED(HttpStatus.CONFLICT);

        private final HttpStatus status;

        SecondInstanceRefusal(HttpStatus status) {
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }
}
