package vn.danvan.platform.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts {@link SignInGuard} into the engine's identity provider: every {@code checkPassword}, whichever
 * door it came through (Tasklist's sign-in, HTTP Basic, the sign-in page, {@code /engine-rest/identity/verify}),
 * passes through it, and Camunda Admin's "Unlock user" lifts the guard's lock too. Camunda's own login
 * throttling (growing delays, then a lock only an administrator lifts) is switched off: one rule, this one.
 *
 * <p>The engine's queries cast the provider to its database class, so the guard is a subclass of it,
 * not a wrapper. With another identity provider (an LDAP plugin) the directory's own policy applies
 * and the engine is left as configured; see docs/security.md.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SignInGuardPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(SignInGuardPlugin.class);

    private final SignInGuard guard;

    SignInGuardPlugin(SignInGuard guard) {
        this.guard = guard;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getIdentityProviderSessionFactory() != null) {
            log.warn("Another identity provider is configured: the sign-in rule (SignInGuard) does not apply to it");
            return;
        }
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return DbIdentityServiceProvider.class;
            }

            @Override
            public Session openSession() {
                return new GuardedProvider(guard);
            }
        });
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
        configuration.setLoginDelayMaxTime(0);
    }

    /** The engine's database identity provider, with the sign-in rule around its password check. */
    static final class GuardedProvider extends DbIdentityServiceProvider {

        private final SignInGuard guard;

        GuardedProvider(SignInGuard guard) {
            this.guard = guard;
        }

        @Override
        public boolean checkPassword(String userId, String password) {
            return guard.checkPassword(userId, () -> super.checkPassword(userId, password));
        }

        @Override
        public IdentityOperationResult unlockUser(String userId) {
            IdentityOperationResult result = super.unlockUser(userId);
            String by = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
            guard.unlock(userId, by == null ? SignInGuard.SYSTEM : by);
            return result;
        }
    }
}
