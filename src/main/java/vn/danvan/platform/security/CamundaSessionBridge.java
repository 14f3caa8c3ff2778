package vn.danvan.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One sign-in for Tasklist and the dashboard. An officer signed in to Tasklist (Camunda keeps that in
 * the HTTP session) is signed in here too; an officer who signs in on the dashboard's page is also
 * signed in to the Camunda webapps ({@link #signInToWebapps}).
 */
class CamundaSessionBridge extends OncePerRequestFilter {

    private final ProcessEngine engine;

    CamundaSessionBridge(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
            Authentications camunda = AuthenticationUtil.getAuthsFromSession(session);
            var signedIn = camunda == null ? null : camunda.getAuthenticationForProcessEngine(engine.getName());
            if (signedIn instanceof UserAuthentication user) {
                List<GrantedAuthority> authorities = new ArrayList<>();
                for (String group : user.getGroupIds()) {
                    authorities.add(new SimpleGrantedAuthority(GroupAuthorities.authority(group)));
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null,
                        authorities));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** After a sign-in on our own page, the Camunda webapps know the officer too. */
    static void signInToWebapps(ProcessEngine engine, HttpServletRequest request, Authentication authentication) {
        UserAuthentication user = AuthenticationUtil.createAuthentication(engine, authentication.getName());
        if (user == null) {
            return;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(request.getSession());
        authentications.addOrReplace(user);
        AuthenticationUtil.updateSession(request.getSession(), authentications);
    }
}
