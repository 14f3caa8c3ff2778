package vn.danvan.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.danvan.platform.DatabaseUnavailable;

/**
 * Checks user names and passwords against Camunda's identity service, the one store of officers,
 * so that Tasklist and the application's own doors share accounts. Repeated failures are throttled
 * inside that check ({@link SignInGuard}); a refusal by that rule is told apart from a wrong password.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final SignInGuard guard;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, SignInGuard guard) {
        this.identityService = identityService;
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (userId == null || userId.isBlank() || userId.indexOf('\0') >= 0 || credentials == null) {
            throw new BadCredentialsException("Bad credentials"); // PostgreSQL refuses NUL in text
        }
        try {
            if (!identityService.checkPassword(userId, credentials.toString())) {
                throw guard.takeRefusal().<AuthenticationException>map(SignInRefusedException::new)
                        .orElseGet(() -> new BadCredentialsException("Bad credentials"));
            }
            for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
                authorities.add(new SimpleGrantedAuthority(GroupAuthorities.authority(group.getId())));
            }
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                // the identity store cannot be reached: not the caller's fault, answered 503
                throw new InternalAuthenticationServiceException("The account store is unavailable", e);
            }
            throw e;
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
