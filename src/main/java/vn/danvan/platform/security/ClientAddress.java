package vn.danvan.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The address a request came from, worked out once, first of all filters, for every door: the
 * sign-in rule's per-address limits (deep inside Camunda's password check, where no request is at
 * hand: {@link #current()}), the public doors' limits and the audit trail ({@link #of}). Behind a
 * reverse proxy every request comes from the proxy: only then, and only for a proxy named in
 * {@code danvan.trusted-proxies} ({@code DANVAN_TRUSTED_PROXIES}), the last address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy is the client's. Anyone else can write
 * that header, so it is ignored.
 */
public final class ClientAddress extends OncePerRequestFilter {

    private static final String ATTRIBUTE = ClientAddress.class.getName();
    private static final int MAX_LENGTH = 64;
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private final List<String> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** @return the client's address of the request this thread serves, or {@code null} outside a request */
    public static String current() {
        return CURRENT.get();
    }

    /** @return the client's address of this request */
    public static String of(HttpServletRequest request) {
        Object address = request.getAttribute(ATTRIBUTE);
        return address instanceof String known ? known : request.getRemoteAddr();
    }

    static String resolve(String peer, String forwardedFor, List<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > MAX_LENGTH ? hop.substring(0, MAX_LENGTH) : hop;
            }
        }
        return peer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
        request.setAttribute(ATTRIBUTE, address);
        CURRENT.set(address);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
        }
    }
}
