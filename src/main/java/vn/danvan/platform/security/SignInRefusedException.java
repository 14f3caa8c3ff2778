package vn.danvan.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused by {@link SignInRule} before any password was checked: try again after {@link #retryAfter()}. */
class SignInRefusedException extends AuthenticationException {

    private final Duration retryAfter;

    SignInRefusedException(SignInRule.Decision decision) {
        super("Too many failed sign-ins: " + decision.outcome());
        this.retryAfter = Duration.between(SignInGuard.now(), decision.retryAt());
    }

    Duration retryAfter() {
        return retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    /** Whole seconds, at least one, for a {@code Retry-After} header. */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter().toSeconds() + (retryAfter().toMillisPart() > 0 ? 1 : 0));
    }
}
