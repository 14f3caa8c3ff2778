package vn.danvan.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counters of the event backbone, exported as {@code danvan_events_*} in /actuator/prometheus. */
@Component
class MessagingMetrics {

    private final MeterRegistry registry;

    MessagingMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        Gauge.builder("danvan.outbox.pending", jdbc, MessagingMetrics::pendingPublications)
                .description("Events stored in the outbox and not yet acknowledged by Kafka")
                .register(registry);
    }

    void sent(String topic, String type, boolean success) {
        Counter.builder(success ? "danvan.events.produced" : "danvan.events.send.failed")
                .description(success ? "Events acknowledged by Kafka" : "Event sends that failed and stay in the outbox")
                .tag("topic", topic).tag("type", type).register(registry).increment();
    }

    void consumed(String consumer, String type) {
        Counter.builder("danvan.events.consumed").description("Events processed by a consumer")
                .tag("consumer", consumer).tag("type", type).register(registry).increment();
    }

    void duplicate(String consumer, String type) {
        Counter.builder("danvan.events.duplicate").description("Redelivered events that had no second effect")
                .tag("consumer", consumer).tag("type", type).register(registry).increment();
    }

    void retried(String consumer, String topic) {
        Counter.builder("danvan.events.retried").description("Delivery attempts that failed and were retried")
                .tag("consumer", consumer).tag("topic", topic).register(registry).increment();
    }

    void deadLettered(String consumer, String topic) {
        Counter.builder("danvan.events.dead.lettered").description("Events sent to a dead-letter topic")
                .tag("consumer", consumer).tag("topic", topic).register(registry).increment();
    }

    private static double pendingPublications(JdbcClient jdbc) {
        try {
            return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                    .query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
