package vn.danvan.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule for wrong passwords, without storage or clock: given what is known about an account and
 * the client's address, may a password be checked now, and what is known after a failure. A few
 * mistakes cost nothing; then each attempt must wait (doubling); then the account is locked for a
 * while and unlocks by itself. An address that fails too often is refused outright, without its
 * attempts counting against the accounts it tries: one stranger cannot lock everyone out.
 */
final class SignInRule {

    /** Failures of one account (user id, existing or not). */
    record Account(int failures, Instant lastFailureAt, Instant lockedUntil) {
        static final Account CLEAN = new Account(0, null, null);
    }

    /** Failures from one client address. */
    record Address(int failures, Instant windowStart, Instant blockedUntil) {
        static final Address CLEAN = new Address(0, null, null);
    }

    enum Outcome { CHECK, ADDRESS_BLOCKED, LOCKED, THROTTLED }

    /** @param retryAt when a refused attempt may be made again ({@code null} for CHECK) */
    record Decision(Outcome outcome, Instant retryAt) {
        boolean check() {
            return outcome == Outcome.CHECK;
        }
    }

    private final SignInPolicy policy;

    SignInRule(SignInPolicy policy) {
        this.policy = policy;
    }

    Decision before(Account account, Address address, Instant now) {
        if (address.blockedUntil() != null && now.isBefore(address.blockedUntil())) {
            return new Decision(Outcome.ADDRESS_BLOCKED, address.blockedUntil());
        }
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            return new Decision(Outcome.LOCKED, account.lockedUntil());
        }
        int failures = recentFailures(account, now);
        if (failures >= policy.freeFailures()) {
            Instant waitUntil = account.lastFailureAt().plus(delay(failures));
            if (now.isBefore(waitUntil)) {
                return new Decision(Outcome.THROTTLED, waitUntil);
            }
        }
        return new Decision(Outcome.CHECK, null);
    }

    /** After a wrong password: one more failure, and the lock at the limit (the count starts again after it). */
    Account failed(Account account, Instant now) {
        int failures = recentFailures(account, now) + 1;
        if (failures >= policy.lockAfter()) {
            return new Account(0, now, now.plus(policy.lockDuration()));
        }
        return new Account(failures, now, null);
    }

    /** After a wrong password, or an attempt refused for its account, from this address. */
    Address failed(Address address, Instant now) {
        boolean inWindow = address.windowStart() != null && now.isBefore(address.windowStart().plus(policy.addressWindow()));
        int failures = inWindow ? address.failures() + 1 : 1;
        Instant windowStart = inWindow ? address.windowStart() : now;
        if (failures >= policy.addressLimit()) {
            return new Address(0, now, now.plus(policy.addressBlock()));
        }
        return new Address(failures, windowStart, null);
    }

    /** True while the row still matters: a lock or block in force, or failures that still count. */
    boolean relevant(Account account, Instant now) {
        return (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) || recentFailures(account, now) > 0;
    }

    boolean relevant(Address address, Instant now) {
        return (address.blockedUntil() != null && now.isBefore(address.blockedUntil()))
                || (address.windowStart() != null && now.isBefore(address.windowStart().plus(policy.addressWindow()))
                        && address.failures() > 0);
    }

    private int recentFailures(Account account, Instant now) {
        if (account.lastFailureAt() == null || !now.isBefore(account.lastFailureAt().plus(policy.forgetAfter()))) {
            return 0;
        }
        return account.failures();
    }

    private Duration delay(int failures) {
        int doublings = Math.min(failures - policy.freeFailures(), 30);
        Duration delay = policy.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay;
    }
}
