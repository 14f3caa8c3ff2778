package vn.danvan.platform.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One identity for every door: HTTP Basic against Camunda's identity service for {@code /api} and
 * {@code /engine-rest}; the Camunda webapps keep their own sign-in page and session on the same
 * accounts. Anything not listed as public needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @Value("${danvan.security.public-metrics:true}") boolean publicMetrics) throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/api/public/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
                    "/error").permitAll();
            if (publicMetrics) {
                auth.requestMatchers("/actuator/prometheus").permitAll();
            }
            auth.requestMatchers("/api/**", "/engine-rest/**", "/dashboard/**", "/actuator/**").authenticated()
                    // Tasklist, Cockpit and Admin authenticate against the same identity service themselves
                    .requestMatchers("/", "/camunda/**", "/favicon.ico").permitAll()
                    .anyRequest().authenticated();
        });
        http.httpBasic(basic -> basic.realmName("danvan"));
        // REST clients send credentials on every call; the webapps carry Camunda's own CSRF filter.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**"));
        // Camunda's webapps frame nothing but need same-origin frames for some plugins.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
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
