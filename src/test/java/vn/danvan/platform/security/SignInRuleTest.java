package vn.danvan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.security.SignInRule.Account;
import vn.danvan.platform.security.SignInRule.Address;
import vn.danvan.platform.security.SignInRule.Outcome;

/** The rule with a clock of its own: the times are given, nothing waits. */
class SignInRuleTest {

    static final SignInPolicy POLICY = new SignInPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(5), 10,
            Duration.ofMinutes(15), Duration.ofHours(1), 30, Duration.ofMinutes(15), Duration.ofMinutes(15));
    final SignInRule rule = new SignInRule(POLICY);
    Instant now = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void aFewMistakesCostNothing() {
        Account account = Account.CLEAN;
        for (int i = 0; i < 3; i++) {
            assertThat(rule.before(account, Address.CLEAN, now).outcome()).isEqualTo(Outcome.CHECK);
            account = rule.failed(account, now);
        }
        assertThat(account.failures()).isEqualTo(3);
    }

    @Test
    void thenEachAttemptWaitsTwiceAsLongAsTheLast() {
        Account account = failures(3);
        assertThat(rule.before(account, Address.CLEAN, now)).isEqualTo(new SignInRule.Decision(Outcome.THROTTLED, now.plusSeconds(2)));
        assertThat(rule.before(account, Address.CLEAN, now.plusSeconds(2)).outcome()).isEqualTo(Outcome.CHECK);

        account = rule.failed(account, now.plusSeconds(2));
        assertThat(rule.before(account, Address.CLEAN, now.plusSeconds(5)).retryAt()).isEqualTo(now.plusSeconds(6));
        account = rule.failed(account, now.plusSeconds(6));
        assertThat(rule.before(account, Address.CLEAN, now.plusSeconds(6)).retryAt()).isEqualTo(now.plusSeconds(14));
    }

    @Test
    void theWaitHasACeiling() {
        assertThat(rule.before(new Account(9, now, null), Address.CLEAN, now).retryAt()).isEqualTo(now.plusSeconds(128));
        SignInRule patient = new SignInRule(new SignInPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(30), 20,
                Duration.ofMinutes(15), Duration.ofHours(1), 30, Duration.ofMinutes(15), Duration.ofMinutes(15)));
        assertThat(patient.before(new Account(19, now, null), Address.CLEAN, now).retryAt()).isEqualTo(now.plusSeconds(30));
    }

    @Test
    void theTenthWrongPasswordLocksTheAccountForAWhileAndTheLockExpiresByItself() {
        Account account = rule.failed(failures(9), now);

        assertThat(account.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(rule.before(account, Address.CLEAN, now.plus(Duration.ofMinutes(14)))).isEqualTo(
                new SignInRule.Decision(Outcome.LOCKED, now.plus(Duration.ofMinutes(15))));
        assertThat(rule.before(account, Address.CLEAN, now.plus(Duration.ofMinutes(15))).outcome())
                .as("the lock has expired: a fresh start").isEqualTo(Outcome.CHECK);
        assertThat(rule.failed(account, now.plus(Duration.ofMinutes(16))).failures()).isEqualTo(1);
    }

    @Test
    void oldFailuresAreForgotten() {
        Account old = new Account(8, now.minus(Duration.ofHours(2)), null);

        assertThat(rule.before(old, Address.CLEAN, now).outcome()).isEqualTo(Outcome.CHECK);
        assertThat(rule.failed(old, now).failures()).isEqualTo(1);
        assertThat(rule.relevant(old, now)).isFalse();
    }

    @Test
    void anAddressThatFailsTooOftenIsBlockedBeforeAnyAccountIsLookedAt() {
        Address address = Address.CLEAN;
        for (int i = 0; i < 29; i++) {
            address = rule.failed(address, now.plusSeconds(i));
        }
        assertThat(address.blockedUntil()).isNull();
        address = rule.failed(address, now.plusSeconds(29));

        assertThat(address.blockedUntil()).isEqualTo(now.plusSeconds(29).plus(Duration.ofMinutes(15)));
        assertThat(rule.before(Account.CLEAN, address, now.plusSeconds(30)).outcome())
                .as("even an account without failures: nothing is checked from there").isEqualTo(Outcome.ADDRESS_BLOCKED);
        assertThat(rule.before(new Account(0, now, now.plus(Duration.ofHours(1))), address, now.plusSeconds(30)).outcome())
                .as("the address is refused first").isEqualTo(Outcome.ADDRESS_BLOCKED);
        assertThat(rule.before(Account.CLEAN, address, now.plus(Duration.ofMinutes(16))).outcome()).isEqualTo(Outcome.CHECK);
    }

    @Test
    void anAddressWindowStartsAgainAfterItEnds() {
        Address address = new Address(29, now.minus(Duration.ofMinutes(16)), null);

        Address after = rule.failed(address, now);

        assertThat(after).isEqualTo(new Address(1, now, null));
    }

    @Test
    void limitsThatCannotWorkAreRefusedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SignInPolicy(3, Duration.ofSeconds(2),
                Duration.ofMinutes(5), 40, Duration.ofMinutes(15), Duration.ofHours(1), 30, Duration.ofMinutes(15),
                Duration.ofMinutes(15))).hasMessageContaining("lock-after <= address-limit");
    }

    private Account failures(int n) {
        Account account = Account.CLEAN;
        for (int i = 0; i < n; i++) {
            account = rule.failed(account, now);
        }
        return account;
    }
}
