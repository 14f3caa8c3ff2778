package vn.danvan.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

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
            response.setHeader("Retry-After", "30");
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Service temporarily unavailable\",\"status\":503,"
                    + "\"detail\":\"The database is unavailable; nothing was stored. Try again in a minute.\"}");
            return;
        }
        super.commence(request, response, e);
    }
}
