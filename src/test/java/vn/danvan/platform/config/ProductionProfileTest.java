package vn.danvan.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.danvan.DanvanApplication;

class ProductionProfileTest {

    @Test
    void refusesToStartWithoutItsSecretsAndNamesEachMissingVariable() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(DanvanApplication.class)
                .profiles("prod").properties("spring.main.web-application-type=none");

        assertThatThrownBy(production::run)
                .hasMessageContaining("DANVAN_DB_URL")
                .hasMessageContaining("DANVAN_DB_PASSWORD")
                .hasMessageContaining("DANVAN_ADMIN_PASSWORD")
                .hasMessageContaining("DANVAN_KAFKA_BOOTSTRAP");
    }

    @Test
    void refusesWellKnownDefaultPasswords() {
        Map<String, String> env = completeEnvironment();
        env.put("DANVAN_ADMIN_PASSWORD", "demo");
        env.put("DANVAN_DB_PASSWORD", "postgres");

        SpringApplicationBuilder production = new SpringApplicationBuilder(DanvanApplication.class)
                .profiles("prod").properties("spring.main.web-application-type=none")
                .properties(asProperties(env));

        assertThatThrownBy(production::run)
                .hasMessageContaining("DANVAN_ADMIN_PASSWORD is a well-known default password")
                .hasMessageContaining("DANVAN_DB_PASSWORD is a well-known default password");
    }

    @Test
    void refusesAnAdministratorPasswordThatBreaksThePasswordPolicyAndSaysWhichRule() {
        Map<String, String> env = completeEnvironment();
        env.put("DANVAN_ADMIN_PASSWORD", "longbutonlylowercase");

        assertThat(ProductionSecretsVerifier.problems(env::get)).singleElement().asString()
                .startsWith("DANVAN_ADMIN_PASSWORD does not meet the password policy:")
                .contains("uppercase 1").contains("digit 1").contains("special 1").doesNotContain("length");
    }

    @Test
    void refusesAnAdministratorPasswordThatContainsTheUserName() {
        Map<String, String> env = completeEnvironment();
        env.put("DANVAN_ADMIN_USER", "quantri");
        env.put("DANVAN_ADMIN_PASSWORD", "Quantri-2026-Secret");

        assertThat(ProductionSecretsVerifier.problems(env::get)).singleElement().asString().contains("user data");
    }

    @Test
    void acceptsACompleteEnvironmentWithStrongSecrets() {
        assertThat(ProductionSecretsVerifier.problems(completeEnvironment()::get))
                .isEmpty();
    }

    private static Map<String, String> completeEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("DANVAN_DB_URL", "jdbc:postgresql://db:5432/danvan");
        env.put("DANVAN_DB_USER", "danvan");
        env.put("DANVAN_DB_PASSWORD", "s3cret-Db-Passw0rd");
        env.put("DANVAN_KAFKA_BOOTSTRAP", "kafka:9092");
        env.put("DANVAN_ADMIN_PASSWORD", "an0ther-Adm1n-secret");
        env.put("DANVAN_TOPIC_REPLICATION", "3");
        return env;
    }

    private static String[] asProperties(Map<String, String> env) {
        return env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
