package vn.danvan.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.danvan.messaging.contract.EventType;

/**
 * Publishes a domain event for Kafka. Call it inside the transaction that changes the state the
 * event reports (a process step, an intake): the event is stored with that transaction and sent
 * after it commits; if the transaction rolls back, nothing is sent.
 */
@Service
public class DomainEvents {

    private final ApplicationEventPublisher publisher;
    private final ObjectMapper objectMapper;

    DomainEvents(ApplicationEventPublisher publisher, ObjectMapper objectMapper) {
        this.publisher = publisher;
        this.objectMapper = objectMapper;
    }

    /** @return the CloudEvents id given to the event */
    public String publish(EventType type, String key, Object data) {
        return publish(type, type.topic(), key, data);
    }

    /**
     * For a type that goes on several topics ({@code vn.danvan.document.issued}): on this one.
     *
     * @return the CloudEvents id given to the event
     */
    public String publish(EventType type, String topic, String key, Object data) {
        if (!type.belongsOn(topic)) {
            throw new IllegalArgumentException("Event " + type.type() + " does not go on " + topic);
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Outside a transaction the event could be sent for a change that never commits, or lost.
            throw new IllegalStateException("Event " + type.type() + " published outside a transaction");
        }
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException("Event " + type.type() + " carries " + type.dataClass().getSimpleName()
                    + ", not " + data.getClass().getSimpleName());
        }
        String id = UUID.randomUUID().toString();
        publisher.publishEvent(new OutboundEvent(id, type.type(), type.source().toString(), topic, key,
                Instant.now(), toJson(data)));
        return id;
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
