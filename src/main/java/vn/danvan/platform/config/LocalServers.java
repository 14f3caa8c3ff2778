package vn.danvan.platform.config;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;
import vn.danvan.platform.embedded.EmbeddedInfrastructurePostProcessor;

/**
 * Decides whether the local run's in-process PostgreSQL and Kafka broker start
 * ({@code danvan.embedded.enabled}, true unless the {@code prod} profile says otherwise), and refuses
 * to start when they should but this artifact does not carry them.
 *
 * <p>The build makes two jars (pom.xml): {@code danvan.jar}, the single-file local run with both
 * servers, their libraries and the {@code platform.embedded} classes inside, and
 * {@code danvan-server.jar}, the production image's, without any of them. This class is in both, so
 * it must reach the embedded classes only after it has seen them present.
 */
public class LocalServers implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "danvan.embedded.enabled";

    /** What the local run needs on the class path: our starter, zonky's PostgreSQL, Kafka's server. */
    static final List<String> REQUIRED_CLASSES = List.of(
            "vn.danvan.platform.embedded.EmbeddedInfrastructurePostProcessor",
            "io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
            "kafka.server.KafkaRaftServer");

    static final String ABSENT = "The local run (" + ENABLED + "=true, the default without a profile) starts "
            + "an embedded PostgreSQL and Kafka broker, but this artifact carries neither: it is danvan-server.jar, "
            + "the production image's. Run it with SPRING_PROFILES_ACTIVE=prod and the DANVAN_DB_* and "
            + "DANVAN_KAFKA_BOOTSTRAP settings of a real PostgreSQL and Kafka (docker-compose.yml), or run "
            + "danvan.jar (or ./mvnw spring-boot:run) for the local run with everything embedded.";

    private final DeferredLogFactory logFactory;
    private final Predicate<String> classPresent;

    public LocalServers(DeferredLogFactory logFactory) {
        this(logFactory, name -> ClassUtils.isPresent(name, LocalServers.class.getClassLoader()));
    }

    LocalServers(DeferredLogFactory logFactory, Predicate<String> classPresent) {
        this.logFactory = logFactory;
        this.classPresent = classPresent;
    }

    /** Whether this artifact can start the embedded servers: danvan.jar and the build's class path can. */
    public static boolean carried() {
        return carried(name -> ClassUtils.isPresent(name, LocalServers.class.getClassLoader()));
    }

    static boolean carried(Predicate<String> classPresent) {
        return REQUIRED_CLASSES.stream().allMatch(classPresent);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        if (!carried(classPresent)) {
            throw new IllegalStateException(ABSENT);
        }
        new EmbeddedInfrastructurePostProcessor(logFactory).postProcessEnvironment(environment, application);
    }

    @Override
    public int getOrder() {
        // after application.yml and profiles have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
