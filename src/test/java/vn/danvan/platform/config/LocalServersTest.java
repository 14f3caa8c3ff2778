package vn.danvan.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The switch between the local run's embedded servers and real ones, as danvan-server.jar (the
 * production image's) sees it: without the embedded classes. Starting the servers themselves is
 * what every integration test does.
 */
class LocalServersTest {

    /** danvan-server.jar: our starter and the servers' libraries are not on its class path. */
    private static final Predicate<String> SERVER_JAR = name -> !LocalServers.REQUIRED_CLASSES.contains(name);

    @Test
    void theBuildsClassPathCarriesTheEmbeddedServers() {
        assertThat(LocalServers.carried()).isTrue();
    }

    @Test
    void anArtifactMissingAnyOfThemDoesNotCarryThem() {
        for (String missing : LocalServers.REQUIRED_CLASSES) {
            assertThat(LocalServers.carried(name -> !name.equals(missing))).as(missing).isFalse();
        }
    }

    @Test
    void theServerJarRefusesTheLocalRunAndSaysWhatToRunInstead() {
        StandardEnvironment environment = environment(Map.of("danvan.embedded.enabled", "true"));

        assertThatThrownBy(() -> new LocalServers(new DeferredLogs(), SERVER_JAR)
                .postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("danvan-server.jar")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=prod")
                .hasMessageContaining("danvan.jar (or ./mvnw spring-boot:run)");
    }

    @Test
    void theServerJarStartsWithoutThemWhenTheProfileTurnsThemOff() {
        StandardEnvironment environment = environment(Map.of("danvan.embedded.enabled", "false",
                "spring.datasource.url", "jdbc:postgresql://db.example:5432/danvan"));

        new LocalServers(new DeferredLogs(), SERVER_JAR).postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/danvan");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
