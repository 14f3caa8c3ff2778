package vn.danvan.platform.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.platform.audit.AuditTrail;

/**
 * Applies {@link SignInRule} around every password check, whichever door it came through: Camunda
 * calls it from its identity service ({@link SignInGuardPlugin}), so Tasklist's sign-in, the sign-in
 * page, HTTP Basic on {@code /api} and {@code /engine-rest}, and the engine's own password check all
 * count. The state lives in the database, shared by every node; time is the engine's clock
 * ({@code ClockUtil}), which tests move. Locks and blocks are logged and written to the audit trail.
 */
@Service
public class SignInGuard {

    static final String SYSTEM = "system";
    /** The rule's refusal of the password check this thread made last, for the door to answer it. */
    private static final ThreadLocal<SignInRule.Decision> REFUSED = new ThreadLocal<>();
    private static final int MAX_ID = 64;
    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final SignInRule rule;
    private final SignInPolicy policy;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    SignInGuard(SignInPolicy policy, JdbcClient jdbc, AuditTrail audit, TransactionTemplate transaction) {
        this.rule = new SignInRule(policy);
        this.policy = policy;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * Checks a password if the rule allows it now, and records the outcome. Runs inside the engine's
     * command (and so its transaction).
     *
     * @param passwordMatches the identity provider's own check
     */
    boolean checkPassword(String userId, BooleanSupplier passwordMatches) {
        String address = ClientAddress.current();
        String account = trackable(userId) ? userId : null;
        Instant now = now();
        SignInRule.Account known = account(account);
        SignInRule.Decision decision = rule.before(known, address(address), now);
        REFUSED.remove();
        if (!decision.check()) {
            REFUSED.set(decision);
            if (decision.outcome() != SignInRule.Outcome.ADDRESS_BLOCKED) {
                addressFailed(address, now);
            }
            log.warn("Sign-in of {} from {} refused without checking the password: {} until {}", userId, address,
                    decision.outcome(), decision.retryAt());
            return false;
        }
        if (passwordMatches.getAsBoolean()) {
            // most checks are HTTP Basic on every API call: only an account with failures is written to
            if (account != null && !known.equals(SignInRule.Account.CLEAN)) {
                jdbc.sql("DELETE FROM sign_in_account WHERE user_id = ?").param(account).update();
            }
            return true;
        }
        accountFailed(account, address, now);
        addressFailed(address, now);
        return false;
    }

    /**
     * Whether the last password check on this thread was refused by the rule without checking the
     * password (rather than checked and wrong), and until when; reading it clears it.
     */
    Optional<SignInRule.Decision> takeRefusal() {
        SignInRule.Decision refused = REFUSED.get();
        REFUSED.remove();
        return Optional.ofNullable(refused);
    }

    /** Lifts an account's lock and forgets its failures (an administrator, in Admin or through the API). */
    @org.springframework.transaction.annotation.Transactional
    public void unlock(String userId, String by) {
        int removed = jdbc.sql("DELETE FROM sign_in_account WHERE user_id = ?").param(userId).update();
        log.info("Account {} unlocked by {}", userId, by);
        audit.record(by, "ACCOUNT_UNLOCKED", null, "account " + userId + (removed == 0 ? " (had no failures)" : ""),
                ClientAddress.current());
    }

    @org.springframework.transaction.annotation.Transactional
    public void unblock(String address, String by) {
        jdbc.sql("DELETE FROM sign_in_address WHERE address = ?").param(address).update();
        log.info("Address {} unblocked by {}", address, by);
        audit.record(by, "ADDRESS_UNBLOCKED", null, "address " + address, ClientAddress.current());
    }

    /** What an administrator sees: accounts and addresses with failures that still count, or a lock in force. */
    public Overview overview() {
        Instant now = now();
        List<AccountView> accounts = jdbc.sql("SELECT * FROM sign_in_account ORDER BY user_id").query((rs, n) -> new AccountView(
                rs.getString("user_id"), rs.getInt("failures"), instant(rs.getTimestamp("last_failure_at")),
                instant(rs.getTimestamp("locked_until")), rs.getString("last_address"))).list().stream()
                .filter(a -> rule.relevant(new SignInRule.Account(a.failures(), a.lastFailureAt(), a.lockedUntil()), now))
                .map(a -> a.lockedUntil() != null && !now.isBefore(a.lockedUntil())
                        ? new AccountView(a.userId(), a.failures(), a.lastFailureAt(), null, a.lastAddress()) : a)
                .toList();
        List<AddressView> addresses = jdbc.sql("SELECT * FROM sign_in_address ORDER BY address").query((rs, n) -> new AddressView(
                rs.getString("address"), rs.getInt("failures"), instant(rs.getTimestamp("window_start")),
                instant(rs.getTimestamp("blocked_until")))).list().stream()
                .filter(a -> rule.relevant(new SignInRule.Address(a.failures(), a.since(), a.blockedUntil()), now))
                .toList();
        return new Overview(policy, accounts, addresses);
    }

    public record Overview(SignInPolicy rule, List<AccountView> accounts, List<AddressView> addresses) {
    }

    public record AccountView(String userId, int failures, Instant lastFailureAt, Instant lockedUntil, String lastAddress) {
    }

    public record AddressView(String address, int failures, Instant since, Instant blockedUntil) {
    }

    /** Rows that no longer matter go: expired locks and failures past forgetting. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOld() {
        try {
            Instant now = now();
            transaction.executeWithoutResult(status -> {
                jdbc.sql("DELETE FROM sign_in_account WHERE (locked_until IS NULL OR locked_until < ?) AND last_failure_at < ?")
                        .params(Timestamp.from(now), Timestamp.from(now.minus(policy.forgetAfter()))).update();
                jdbc.sql("DELETE FROM sign_in_address WHERE (blocked_until IS NULL OR blocked_until < ?) AND window_start < ?")
                        .params(Timestamp.from(now), Timestamp.from(now.minus(policy.addressWindow()))).update();
            });
        } catch (RuntimeException e) {
            log.warn("Old sign-in failures not cleaned up: {}", e.getMessage());
        }
    }

    private void accountFailed(String account, String address, Instant now) {
        if (account == null) {
            return;
        }
        jdbc.sql("INSERT INTO sign_in_account (user_id, failures) VALUES (?, 0) ON CONFLICT DO NOTHING").param(account).update();
        SignInRule.Account before = jdbc.sql("SELECT failures, last_failure_at, locked_until FROM sign_in_account "
                + "WHERE user_id = ? FOR UPDATE").param(account).query((rs, n) -> new SignInRule.Account(rs.getInt(1),
                        instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)))).single();
        SignInRule.Account after = rule.failed(before, now);
        jdbc.sql("UPDATE sign_in_account SET failures = ?, last_failure_at = ?, locked_until = ?, last_address = ? WHERE user_id = ?")
                .params(after.failures(), timestamp(after.lastFailureAt()), timestamp(after.lockedUntil()), truncate(address), account)
                .update();
        if (after.lockedUntil() != null && !after.lockedUntil().equals(before.lockedUntil())) {
            log.warn("Account {} locked until {} after {} wrong passwords in a row (last from {})", account,
                    after.lockedUntil(), policy.lockAfter(), address);
            audit.record(SYSTEM, "ACCOUNT_LOCKED", null, "account " + account + " until " + after.lockedUntil() + " after "
                    + policy.lockAfter() + " wrong passwords", truncate(address));
        }
    }

    private void addressFailed(String address, Instant now) {
        if (address == null) {
            return;
        }
        String key = truncate(address);
        jdbc.sql("INSERT INTO sign_in_address (address, failures) VALUES (?, 0) ON CONFLICT DO NOTHING").param(key).update();
        SignInRule.Address before = jdbc.sql("SELECT failures, window_start, blocked_until FROM sign_in_address "
                + "WHERE address = ? FOR UPDATE").param(key).query((rs, n) -> new SignInRule.Address(rs.getInt(1),
                        instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)))).single();
        SignInRule.Address after = rule.failed(before, now);
        jdbc.sql("UPDATE sign_in_address SET failures = ?, window_start = ?, blocked_until = ? WHERE address = ?")
                .params(after.failures(), timestamp(after.windowStart()), timestamp(after.blockedUntil()), key).update();
        if (after.blockedUntil() != null && !after.blockedUntil().equals(before.blockedUntil())) {
            log.warn("Address {} blocked until {} after {} failed sign-ins", key, after.blockedUntil(), policy.addressLimit());
            audit.record(SYSTEM, "ADDRESS_BLOCKED", null, "address " + key + " until " + after.blockedUntil() + " after "
                    + policy.addressLimit() + " failed sign-ins", key);
        }
    }

    private SignInRule.Account account(String userId) {
        if (userId == null) {
            return SignInRule.Account.CLEAN;
        }
        return jdbc.sql("SELECT failures, last_failure_at, locked_until FROM sign_in_account WHERE user_id = ?").param(userId)
                .query((rs, n) -> new SignInRule.Account(rs.getInt(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
                .optional().orElse(SignInRule.Account.CLEAN);
    }

    private SignInRule.Address address(String address) {
        if (address == null) {
            return SignInRule.Address.CLEAN;
        }
        return jdbc.sql("SELECT failures, window_start, blocked_until FROM sign_in_address WHERE address = ?")
                .param(truncate(address))
                .query((rs, n) -> new SignInRule.Address(rs.getInt(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
                .optional().orElse(SignInRule.Address.CLEAN);
    }

    /** A user id no account can have (too long, NUL) is not tracked: its attempts count against the address only. */
    private static boolean trackable(String userId) {
        return userId != null && !userId.isEmpty() && userId.length() <= MAX_ID && userId.indexOf('\0') < 0;
    }

    private static String truncate(String address) {
        return address == null || address.length() <= MAX_ID ? address : address.substring(0, MAX_ID);
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
