package vn.danvan.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production profile when a required setting is missing or a secret is a
 * well-known default, naming each offending environment variable. It runs before any connection
 * is opened, so a misconfigured server fails in a second with a message an operator can act on.
 */
public class ProductionSecretsVerifier implements EnvironmentPostProcessor, Ordered {

    static final List<String> REQUIRED = List.of("DANVAN_DB_URL", "DANVAN_DB_USER", "DANVAN_DB_PASSWORD",
            "DANVAN_KAFKA_BOOTSTRAP", "DANVAN_ADMIN_PASSWORD", "DANVAN_TOPIC_REPLICATION");
    static final List<String> SECRETS = List.of("DANVAN_DB_PASSWORD", "DANVAN_ADMIN_PASSWORD");
    static final Set<String> KNOWN_DEFAULTS = Set.of("demo", "admin", "camunda", "password", "postgres",
            "danvan", "changeme", "change-me", "secret", "123456", "12345678", "root", "test");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        List<String> problems = problems(environment::getProperty);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The production profile refuses to start: " + String.join("; ", problems));
        }
    }

    static List<String> problems(java.util.function.Function<String, String> lookup) {
        List<String> problems = new ArrayList<>();
        for (String name : REQUIRED) {
            String value = lookup.apply(name);
            if (value == null || value.isBlank()) {
                problems.add("environment variable " + name + " is not set");
            }
        }
        String adminPassword = lookup.apply("DANVAN_ADMIN_PASSWORD");
        if (adminPassword != null && !adminPassword.isBlank()) {
            String adminId = lookup.apply("DANVAN_ADMIN_USER");
            List<String> unmet = unmetPasswordPolicy(adminPassword, adminId == null || adminId.isBlank() ? "admin" : adminId);
            if (!unmet.isEmpty()) {
                problems.add("DANVAN_ADMIN_PASSWORD does not meet the password policy: " + String.join(", ", unmet));
            }
        }
        for (String name : SECRETS) {
            String value = lookup.apply(name);
            if (value != null && !value.isBlank()) {
                if (KNOWN_DEFAULTS.contains(value.toLowerCase(Locale.ROOT))) {
                    problems.add(name + " is a well-known default password; choose a secret one");
                } else if (value.length() < 12) {
                    problems.add(name + " is shorter than 12 characters");
                }
            }
        }
        return problems;
    }

    /**
     * The rules of Camunda's password policy (the one the engine applies to every new or changed
     * password, {@code enable-password-policy}) that this password breaks, in words.
     */
    static List<String> unmetPasswordPolicy(String password, String userId) {
        org.camunda.bpm.engine.impl.persistence.entity.UserEntity user =
                new org.camunda.bpm.engine.impl.persistence.entity.UserEntity(userId);
        List<String> unmet = new ArrayList<>();
        for (org.camunda.bpm.engine.identity.PasswordPolicyRule rule
                : new org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl().getRules()) {
            if (!rule.execute(password, user)) {
                String what = rule.getPlaceholder().replace("PASSWORD_POLICY_", "").toLowerCase(Locale.ROOT).replace('_', ' ');
                unmet.add(rule.getParameters() == null || rule.getParameters().isEmpty() ? what
                        : what + " " + rule.getParameters().values().iterator().next());
            }
        }
        return unmet;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
