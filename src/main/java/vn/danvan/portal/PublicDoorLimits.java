package vn.danvan.portal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-address limits on the doors anyone can reach without signing in (the portal's API and
 * Open311), with no outside service: a token bucket per client address and door (Bucket4j), kept in
 * this node's memory. Over the limit: {@code 429} with {@code Retry-After}. A lookup of a tracking
 * code that does not exist costs {@code unknownLookupCost} lookups, so guessing codes is slowed to a
 * few tries a minute while a citizen with a real code never notices. JSON bodies over
 * {@code maxJsonBytes} are refused with 413 before they are read. With several nodes each node
 * counts for itself: the effective limit is the node count times the setting.
 */
@Configuration(proxyBeanMethods = false)
class PublicDoorLimits {

    enum Door { SUBMIT, LOOKUP, FEEDBACK }

    /** Beyond this many addresses the table starts again: a flood of new addresses cannot fill memory. */
    private static final int MAX_ADDRESSES = 100_000;

    @Bean
    FilterRegistrationBean<LimitFilter> publicDoorLimitFilter(PortalProperties properties) {
        FilterRegistrationBean<LimitFilter> registration = new FilterRegistrationBean<>(new LimitFilter(properties));
        registration.addUrlPatterns("/api/public/*", "/open311/*");
        registration.setName("publicDoorLimits");
        // before Spring Security: a flood is turned away before any other work
        registration.setOrder(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    static final class LimitFilter extends OncePerRequestFilter {

        private final PortalProperties properties;
        private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        LimitFilter(PortalProperties properties) {
            this.properties = properties;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String contentType = request.getContentType();
            if (request.getContentLengthLong() > properties.maxJsonBytes()
                    && (contentType == null || !contentType.startsWith("multipart/"))) {
                refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, null, "Nội dung gửi lên quá lớn.");
                return;
            }
            Door door = doorOf(request);
            Bucket bucket = bucket(vn.danvan.platform.security.ClientAddress.of(request), door);
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
                refuse(response, HttpStatus.TOO_MANY_REQUESTS, seconds,
                        "Quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau " + seconds + " giây.");
                return;
            }
            chain.doFilter(request, response);
            if (door == Door.LOOKUP && response.getStatus() == HttpStatus.NOT_FOUND.value()) {
                // an unknown tracking code: the rest of its cost, taken even into debt, which the next lookups wait out
                bucket.consumeIgnoringRateLimits(Math.max(0, properties.unknownLookupCost() - 1));
            }
        }

        private Door doorOf(HttpServletRequest request) {
            String path = request.getRequestURI();
            boolean post = "POST".equalsIgnoreCase(request.getMethod());
            if (post && (path.equals("/api/public/petitions") || path.startsWith("/open311/v2/requests"))) {
                return Door.SUBMIT;
            }
            if (post) {
                return Door.FEEDBACK;
            }
            return Door.LOOKUP;
        }

        private Bucket bucket(String address, Door door) {
            if (buckets.size() > MAX_ADDRESSES) {
                buckets.clear();
            }
            return buckets.computeIfAbsent(door + "|" + address, key -> Bucket.builder().addLimit(limit(door)).build());
        }

        private Bandwidth limit(Door door) {
            return switch (door) {
                case SUBMIT -> Bandwidth.builder().capacity(properties.submissionsPerHour())
                        .refillGreedy(properties.submissionsPerHour(), Duration.ofHours(1)).build();
                case FEEDBACK -> Bandwidth.builder().capacity(properties.feedbackPerHour())
                        .refillGreedy(properties.feedbackPerHour(), Duration.ofHours(1)).build();
                case LOOKUP -> Bandwidth.builder().capacity(properties.lookupsPerMinute())
                        .refillGreedy(properties.lookupsPerMinute(), properties.window()).build();
            };
        }

        private static void refuse(HttpServletResponse response, HttpStatus status, Long retryAfter, String detail)
                throws IOException {
            response.setStatus(status.value());
            if (retryAfter != null) {
                response.setHeader("Retry-After", String.valueOf(retryAfter));
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                    + ",\"detail\":\"" + detail + "\"}");
        }
    }
}
