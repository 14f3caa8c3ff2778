package vn.danvan.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server and Kafka broker of the local default run, started once per JVM and data
 * directory: several Spring contexts of one test run share them, as a district office's single
 * process does.
 */
public final class EmbeddedInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);
    private static final Map<Path, EmbeddedInfrastructure> RUNNING = new ConcurrentHashMap<>();

    private final Path dataDirectory;
    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;

    private EmbeddedInfrastructure(Path dataDirectory, EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** Starts the servers for this settings' data directory, or returns those already running. */
    public static EmbeddedInfrastructure startOrGet(EmbeddedSettings settings) {
        return RUNNING.computeIfAbsent(settings.dataDirectory(), dir -> start(settings));
    }

    private static EmbeddedInfrastructure start(EmbeddedSettings settings) {
        Path dir = settings.dataDirectory();
        if (settings.cleanOnStart()) {
            deleteRecursively(dir);
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"),
                portOrFree(settings.postgresPort()), settings.postgresSettings());
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(dir.resolve("kafka"),
                portOrFree(settings.kafkaPort()), portOrFree(settings.kafkaControllerPort()), settings.partitions());
        return new EmbeddedInfrastructure(dir, postgres, kafka);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public String jdbcUser() {
        return EmbeddedPostgresServer.USER;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Stops the broker, then the database, after the application context has closed. */
    public static void stopAll() {
        RUNNING.values().forEach(EmbeddedInfrastructure::stop);
        RUNNING.clear();
    }

    private void stop() {
        try {
            kafka.close();
        } catch (RuntimeException e) {
            log.warn("Kafka broker did not stop cleanly: {}", e.getMessage());
        }
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.warn("PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    /** A free TCP port on this machine. */
    public static int freePort() {
        return portOrFree(0);
    }

    private static int portOrFree(int port) {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for an embedded server", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clean " + dir, e);
        }
    }
}
