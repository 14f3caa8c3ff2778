package vn.danvan.platform.embedded;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * Settings of the in-process servers, read from the environment before the application context
 * exists (so not a {@code @ConfigurationProperties} bean).
 *
 * @param dataDirectory where PostgreSQL's cluster and Kafka's log live ({@code ./data} by default)
 * @param cleanOnStart  wipe the directory first (tests only)
 * @param postgresPort  0 picks a free port
 * @param kafkaPort     0 picks a free port
 */
public record EmbeddedSettings(Path dataDirectory, boolean cleanOnStart, int postgresPort, int kafkaPort,
        int kafkaControllerPort, int partitions) {

    static EmbeddedSettings from(Environment env) {
        return new EmbeddedSettings(
                Path.of(env.getProperty("danvan.embedded.data-dir", "./data")).toAbsolutePath().normalize(),
                env.getProperty("danvan.embedded.clean-on-start", Boolean.class, false),
                env.getProperty("danvan.embedded.postgres-port", Integer.class, 15432),
                env.getProperty("danvan.embedded.kafka-port", Integer.class, 9092),
                env.getProperty("danvan.embedded.kafka-controller-port", Integer.class, 9093),
                env.getProperty("danvan.messaging.partitions", Integer.class, 6));
    }
}
