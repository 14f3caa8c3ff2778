package vn.danvan.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import vn.danvan.platform.DatabaseUnavailable;

/**
 * HTTP Basic's challenge, except when the credentials could not even be checked because the database
 * is down: then 503 with a message that nothing was stored, so a client retries instead of asking
 * its user for another password; and when the sign-in rule refused to check them (too many failures):
 * 429 with {@code Retry-After}.
 */
class UnavailableAwareEntryPoint extends BasicAuthenticationEntryPoint {

    UnavailableAwareEntryPoint() {
        setRealmName("danvan");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"" + DatabaseUnavailable.TITLE + "\",\"status\":503,"
                    + "\"detail\":\"" + DatabaseUnavailable.DETAIL + "\"}");
            return;
        }
        if (e instanceof SignInRefusedException refused) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Too many failed sign-ins\",\"status\":429,"
                    + "\"detail\":\"No password is checked for this account or from this address until "
                    + refused.retryAfterSeconds() + " s from now. An administrator can lift an account's lock earlier.\"}");
            return;
        }
        super.commence(request, response, e);
    }
}
