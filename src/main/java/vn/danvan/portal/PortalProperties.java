package vn.danvan.portal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public doors ({@code danvan.portal.*}).
 *
 * @param trustedProxies   addresses of reverse proxies whose {@code X-Forwarded-For} names the client
 *                         (empty: the connection's own address is the client's)
 * @param submissionsPerHour petitions one address may file per hour (portal and Open311 together)
 * @param lookupsPerMinute status lookups one address may make per minute
 * @param unknownLookupCost how many lookups an unknown tracking code costs: guessing codes is throttled fast
 * @param feedbackPerHour  ratings and disagreements one address may send per hour
 * @param maxJsonBytes     the largest JSON body a public door takes (files go in multipart parts)
 * @param window           the length of a limit's window for the per-minute limits
 */
@ConfigurationProperties("danvan.portal")
record PortalProperties(
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("20") int submissionsPerHour,
        @DefaultValue("60") int lookupsPerMinute,
        @DefaultValue("10") int unknownLookupCost,
        @DefaultValue("30") int feedbackPerHour,
        @DefaultValue("65536") int maxJsonBytes,
        @DefaultValue("PT1M") Duration window) {
}
