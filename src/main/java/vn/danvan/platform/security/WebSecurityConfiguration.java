package vn.danvan.platform.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * One identity for every door: HTTP Basic against Camunda's identity service for {@code /api} and
 * {@code /engine-rest}; the Camunda webapps keep their own sign-in page and session on the same
 * accounts. Anything not listed as public needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProcessEngine engine,
            @Value("${danvan.security.public-metrics:true}") boolean publicMetrics) throws Exception {
        http.authorizeHttpRequests(auth -> {
            // the citizen's doors: the portal's pages and API, Open311 (which checks its own API keys)
            auth.requestMatchers("/api/public/**", "/portal", "/portal/**", "/open311/**").permitAll();
            auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                    "/error", "/login", "/dashboard/dashboard.css", "/webjars/**").permitAll();
            if (publicMetrics) {
                auth.requestMatchers("/actuator/prometheus").permitAll();
            }
            auth.requestMatchers("/api/**", "/engine-rest/**", "/dashboard/**", "/actuator/**").authenticated()
                    // Tasklist, Cockpit and Admin authenticate against the same identity service themselves
                    .requestMatchers("/", "/camunda/**", "/favicon.ico").permitAll()
                    .anyRequest().authenticated();
        });
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", false)
                .successHandler((request, response, authentication) -> {
                    CamundaSessionBridge.signInToWebapps(engine, request, authentication);
                    new SavedRequestAwareAuthenticationSuccessHandler().onAuthenticationSuccess(request, response,
                            authentication);
                })
                // the account store out of reach is not a wrong password: say so, and the officer waits
                .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                        + (exception instanceof InternalAuthenticationServiceException ? "/login?unavailable"
                                : exception instanceof SignInRefusedException refused
                                        ? "/login?locked=" + Math.max(1, (refused.retryAfterSeconds() + 59) / 60)
                                        : "/login?error"))));
        http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        http.addFilterAfter(new CamundaSessionBridge(engine), BasicAuthenticationFilter.class);
        // API clients get 401 and a Basic challenge; people are sent to the sign-in page.
        BasicAuthenticationEntryPoint basic = new UnavailableAwareEntryPoint();
        http.httpBasic(config -> config.authenticationEntryPoint(basic));
        http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(basic, new OrRequestMatcher(
                new AntPathRequestMatcher("/api/**"), new AntPathRequestMatcher("/engine-rest/**"),
                new AntPathRequestMatcher("/actuator/**"))));
        // Another site can only forge a request that rides on the victim's session cookie: those must
        // carry the CSRF token. Calls with their own credentials (HTTP Basic) or with no session at all
        // cannot be forged (the latter then get 401). The webapps have Camunda's own CSRF filter.
        // The public doors act on no one's session (a citizen signed in to nothing), so there is nothing to forge.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                request -> request.getHeader("Authorization") != null,
                request -> request.getRequestedSessionId() == null,
                new AntPathRequestMatcher("/camunda/**"), new AntPathRequestMatcher("/api/public/**"),
                new AntPathRequestMatcher("/open311/**")));
        // Camunda's webapps send their own Content-Security-Policy; the application's pages get a strict one.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
                        request -> !request.getRequestURI().startsWith("/camunda/"),
                        new org.springframework.security.web.header.writers.StaticHeadersWriter("Content-Security-Policy",
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))));
        return http.build();
    }

    /** Every request's client address, first of all filters: the per-address limits and the audit trail use it. */
    @Bean
    FilterRegistrationBean<ClientAddress> clientAddressFilter(
            @Value("${danvan.trusted-proxies:}") java.util.List<String> trustedProxies) {
        FilterRegistrationBean<ClientAddress> registration = new FilterRegistrationBean<>(new ClientAddress(trustedProxies));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        registration.setName("clientAddress");
        return registration;
    }

    /**
     * Makes the engine REST API apply Camunda authorizations as the user Spring Security signed in:
     * an officer sees only the tasks of their unit there too.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setName("engineRestAuthentication");
        return registration;
    }
}
