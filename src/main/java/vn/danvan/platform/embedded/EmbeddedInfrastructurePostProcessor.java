package vn.danvan.platform.embedded;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the in-process PostgreSQL and Kafka broker of the local default run, before Spring builds
 * the data source and the Kafka clients, and points them at those servers. Called by
 * {@link vn.danvan.platform.config.LocalServers} when {@code danvan.embedded.enabled} is true (not
 * registered itself: danvan-server.jar, the production image's, leaves this package out). Production
 * sets the flag to false and configures real servers.
 */
public class EmbeddedInfrastructurePostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "danvanEmbeddedInfrastructure";

    private final Log log;

    public EmbeddedInfrastructurePostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedInfrastructurePostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        long started = System.nanoTime();
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.startOrGet(EmbeddedSettings.from(environment));
        log.info("Embedded PostgreSQL " + infrastructure.jdbcUrl() + " and Kafka broker "
                + infrastructure.kafkaBootstrapServers() + " ready in " + (System.nanoTime() - started) / 1_000_000
                + " ms (data in " + infrastructure.dataDirectory() + ")");
        SpringApplication.getShutdownHandlers().add(EmbeddedInfrastructure::stopAll);
        // The broker's threads would keep a JVM whose context failed to start alive forever.
        application.addListeners(new StopOnFailedStart());
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", infrastructure.jdbcUrl(),
                "spring.datasource.username", infrastructure.jdbcUser(),
                "spring.datasource.password", "",
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers())));
    }

    private static final class StopOnFailedStart implements ApplicationListener<ApplicationFailedEvent> {
        @Override
        public void onApplicationEvent(ApplicationFailedEvent event) {
            EmbeddedInfrastructure.stopAll();
        }
    }
}
