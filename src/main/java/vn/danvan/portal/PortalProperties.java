package vn.danvan.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public doors ({@code danvan.portal.*}). The client's address behind a proxy is the
 * platform's rule ({@code danvan.trusted-proxies}, {@code vn.danvan.platform.security.ClientAddress}).
 *
 * @param submissionsPerHour petitions one address may file per hour (portal and Open311 together)
 * @param lookupsPerMinute status lookups one address may make per minute
 * @param unknownLookupCost how many lookups an unknown tracking code costs: guessing codes is throttled fast
 * @param feedbackPerHour  ratings and disagreements one address may send per hour
 * @param maxJsonBytes     the largest JSON body a public door takes (files go in multipart parts)
 * @param window           the length of a limit's window for the per-minute limits
 */
@ConfigurationProperties("danvan.portal")
record PortalProperties(
        @DefaultValue("20") int submissionsPerHour,
        @DefaultValue("60") int lookupsPerMinute,
        @DefaultValue("10") int unknownLookupCost,
        @DefaultValue("30") int feedbackPerHour,
        @DefaultValue("65536") int maxJsonBytes,
        @DefaultValue("PT1M") Duration window) {
}
