package vn.danvan.messaging;

import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.messaging.contract.EventType;

/**
 * The idempotent inbox. A listener hands each Kafka record to {@link #consume}: the event is read
 * and checked, its id is recorded for this consumer and the handler's effect (a process started or
 * a message correlated) happens in ONE database transaction. The listener returns only after that
 * commit, and the Kafka offset is committed after it, so a redelivered event finds its id and has
 * no second effect, and a crash before the commit leaves nothing to undo.
 */
@Service
public class Inbox {

    private final EventReader reader;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final MessagingMetrics metrics;

    Inbox(EventReader reader, TransactionTemplate transaction, JdbcClient jdbc, MessagingMetrics metrics) {
        this.reader = reader;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.metrics = metrics;
    }

    /**
     * @param consumer a stable name of the consuming step; deduplication is per consumer
     * @param handled  the types this consumer acts on; other valid types are skipped
     * @return true if the handler ran, false for a duplicate or a type this consumer ignores
     * @throws InvalidEventException for a record that can never be processed
     */
    public boolean consume(String consumer, ConsumerRecord<String, byte[]> record, Set<EventType> handled,
            Consumer<InboundEvent> handler) {
        // a type this consumer ignores is skipped before it is read: it costs no parsing here, and if its
        // data is bad only the consumers that act on it dead-letter it (an unknown type still is)
        var header = record.headers().lastHeader("ce_type");
        var declared = header == null ? java.util.Optional.<EventType>empty()
                : EventType.of(new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
        if (declared.isPresent() && !handled.contains(declared.get())) {
            return false;
        }
        InboundEvent event = reader.read(record);
        if (!handled.contains(event.type())) {
            return false;
        }
        Boolean processed = transaction.execute(status -> {
            if (!claim(consumer, event)) {
                return false;
            }
            handler.accept(event);
            return true;
        });
        if (Boolean.TRUE.equals(processed)) {
            metrics.consumed(consumer, event.type().type());
            return true;
        }
        metrics.duplicate(consumer, event.type().type());
        return false;
    }

    /** Records the event id; false if this consumer has already processed it (or another node is). */
    private boolean claim(String consumer, InboundEvent event) {
        return jdbc.sql("""
                INSERT INTO inbox (consumer, event_id, event_type, topic, event_key)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .params(consumer, event.id(), event.type().type(), event.topic(), event.key())
                .update() == 1;
    }
}
