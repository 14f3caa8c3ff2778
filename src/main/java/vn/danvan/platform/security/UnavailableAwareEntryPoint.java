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
 * its user for another password.
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
        super.commence(request, response, e);
    }
}
