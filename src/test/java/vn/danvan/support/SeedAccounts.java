package vn.danvan.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * Officers that tests add beside the local run's demo accounts, with the same short password
 * ({@code demo}): seed data, saved with the password policy skipped exactly as {@code DemoAccounts}
 * does. A password set through the application is always checked against the policy.
 */
public final class SeedAccounts {

    private SeedAccounts() {
    }

    public static void save(IdentityService identity, User user) {
        ((IdentityServiceImpl) identity).saveUser(user, true);
    }
}
