package vn.danvan.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the messages to citizens ({@code danvan.notification.*}). A channel with no address
 * configured is off (e-mail: {@code spring.mail.host}).
 *
 * @param mailFrom     the sender of e-mails
 * @param maxAttempts  sends tried before a message goes to the dead letter
 * @param firstRetry   the wait after the first failure; it doubles after each failure
 * @param sendInterval how often due messages are sent
 * @param lease        how long a node holds messages it is sending before another node may take them
 */
@ConfigurationProperties("danvan.notification")
record NotificationProperties(
        @DefaultValue("danvan <khongtraloi@danvan.local>") String mailFrom,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT5S") Duration sendInterval,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue Gateway sms,
        @DefaultValue Gateway zalo) {

    /**
     * An HTTP gateway (a Vietnamese brandname-SMS provider, Zalo ZNS).
     *
     * @param url      where messages are posted; empty = the channel is off
     * @param token    the credential the gateway issued (sent as a bearer token, or Zalo's access_token)
     * @param template the SMS text with {trackingCode}, {status} and {link}; for Zalo, the ZNS template id
     */
    record Gateway(@DefaultValue("") String url, @DefaultValue("") String token,
            @DefaultValue("danvan: Hồ sơ {trackingCode} - {status}. Tra cứu: {link}") String template) {

        boolean enabled() {
            return url != null && !url.isBlank();
        }
    }
}
