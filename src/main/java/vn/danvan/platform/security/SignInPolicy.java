package vn.danvan.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of {@link SignInRule}, the same for every door (Tasklist, the sign-in page, HTTP Basic on
 * {@code /api} and {@code /engine-rest}).
 *
 * @param freeFailures  wrong passwords in a row that cost nothing
 * @param firstDelay    the wait after the next one; it doubles with each further failure, up to {@code maxDelay}
 * @param lockAfter     wrong passwords in a row that lock the account
 * @param lockDuration  how long a lock lasts; it expires by itself (an administrator may lift it earlier)
 * @param forgetAfter   failures older than this no longer count
 * @param addressLimit  failures from one client address within {@code addressWindow} that block the address
 * @param addressBlock  how long a blocked address is refused without any password being checked
 */
@ConfigurationProperties("danvan.security.sign-in")
public record SignInPolicy(
        @DefaultValue("3") int freeFailures,
        @DefaultValue("PT2S") Duration firstDelay,
        @DefaultValue("PT5M") Duration maxDelay,
        @DefaultValue("10") int lockAfter,
        @DefaultValue("PT15M") Duration lockDuration,
        @DefaultValue("PT1H") Duration forgetAfter,
        @DefaultValue("30") int addressLimit,
        @DefaultValue("PT15M") Duration addressWindow,
        @DefaultValue("PT15M") Duration addressBlock) {

    public SignInPolicy {
        if (freeFailures < 0 || lockAfter <= freeFailures || addressLimit < lockAfter) {
            throw new IllegalArgumentException("danvan.security.sign-in: need 0 <= free-failures < lock-after <= address-limit");
        }
    }
}
