package vn.danvan.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each stored {@link OutboundEvent} to Kafka after its transaction committed, as a CloudEvent
 * in Kafka binary mode keyed by case (or conference, campaign) id.
 *
 * <p>The listener returns the send's future: Spring Modulith marks the publication completed only
 * when Kafka has acknowledged it ({@code acks=all}); a failed or unsent publication stays in the
 * outbox and {@link OutboxResubmitter} sends it again. The committing thread never waits for Kafka:
 * one relay thread hands records to the producer in commit order (so a case's events keep their
 * order on its partition) and completion is recorded on a separate pool.
 */
@Component
class OutboxRelay {

    static final String LISTENER_ID = "danvan.outbox.kafka";

    private final KafkaTemplate<String, byte[]> kafka;
    private final Executor relayExecutor;
    private final Executor completionExecutor;
    private final MessagingMetrics metrics;

    OutboxRelay(KafkaTemplate<String, byte[]> kafka, @Qualifier("outboxRelayExecutor") Executor relayExecutor,
            @Qualifier("outboxCompletionExecutor") Executor completionExecutor, MessagingMetrics metrics) {
        this.kafka = kafka;
        this.relayExecutor = relayExecutor;
        this.completionExecutor = completionExecutor;
        this.metrics = metrics;
    }

    @TransactionalEventListener(id = LISTENER_ID)
    CompletableFuture<SendResult<String, byte[]>> relay(OutboundEvent event) {
        CompletableFuture<SendResult<String, byte[]>> sent;
        try {
            sent = CompletableFuture.supplyAsync(() -> kafka.send(toRecord(event)), relayExecutor)
                    .thenCompose(future -> future);
        } catch (RejectedExecutionException e) {
            // The relay queue is full (broker down for long): the outbox keeps the event for later.
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.whenComplete((result, failure) -> metrics.sent(event.topic(), event.type(), failure == null))
                .thenApplyAsync(result -> result, completionExecutor);
    }

    static ProducerRecord<String, byte[]> toRecord(OutboundEvent event) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.id())
                .withType(event.type())
                .withSource(URI.create(event.source()))
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withSubject(event.key())
                .withDataContentType("application/json")
                .withData(event.dataJson().getBytes(StandardCharsets.UTF_8))
                .build();
        return KafkaMessageFactory.createWriter(event.topic(), event.key()).writeBinary(cloudEvent);
    }
}
