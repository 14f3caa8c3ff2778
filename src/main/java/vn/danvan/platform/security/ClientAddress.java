package vn.danvan.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The address of the client of the request this thread serves, for the sign-in rule, which runs deep
 * inside Camunda's password check where no request is at hand. It is the connection's peer, or with
 * {@code server.forward-headers-strategy=native} the address a trusted proxy forwarded (docs/security.md).
 */
public final class ClientAddress extends OncePerRequestFilter {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** @return the client's address, or {@code null} outside a request (engine calls from the application itself) */
    public static String current() {
        return CURRENT.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CURRENT.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
        }
    }
}
