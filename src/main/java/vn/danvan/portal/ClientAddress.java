package vn.danvan.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The address a public request came from. Behind a reverse proxy every request comes from the
 * proxy: only then, and only for a proxy named in {@code danvan.portal.trusted-proxies}, the last
 * address of {@code X-Forwarded-For} that is not itself a trusted proxy is the client's. Anyone else
 * can write that header, so it is ignored.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request, List<String> trustedProxies) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}
