package vn.danvan.platform.embedded;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Settings of the in-process servers, read from the environment before the application context
 * exists (so not a {@code @ConfigurationProperties} bean).
 *
 * @param dataDirectory where PostgreSQL's cluster and Kafka's log live ({@code ./data} by default)
 * @param cleanOnStart  wipe the directory first (tests only)
 * @param postgresPort  0 picks a free port
 * @param kafkaPort     0 picks a free port
 * @param postgresSettings more server settings ({@code danvan.embedded.postgres-settings.<name>}), e.g.
 *                      {@code shared_preload_libraries: pg_stat_statements} for the benchmark's profile
 */
public record EmbeddedSettings(Path dataDirectory, boolean cleanOnStart, int postgresPort, int kafkaPort,
        int kafkaControllerPort, int partitions, Map<String, String> postgresSettings) {

    static EmbeddedSettings from(Environment env) {
        return new EmbeddedSettings(
                Path.of(env.getProperty("danvan.embedded.data-dir", "./data")).toAbsolutePath().normalize(),
                env.getProperty("danvan.embedded.clean-on-start", Boolean.class, false),
                env.getProperty("danvan.embedded.postgres-port", Integer.class, 15432),
                env.getProperty("danvan.embedded.kafka-port", Integer.class, 9092),
                env.getProperty("danvan.embedded.kafka-controller-port", Integer.class, 9093),
                env.getProperty("danvan.messaging.partitions", Integer.class, 6),
                Binder.get(env).bind("danvan.embedded.postgres-settings", Bindable.mapOf(String.class, String.class))
                        .orElse(Map.of()));
    }
}
