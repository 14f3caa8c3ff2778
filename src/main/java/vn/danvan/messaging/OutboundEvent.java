package vn.danvan.messaging;

import java.time.Instant;

/**
 * An event on its way to Kafka, as stored in the outbox (Spring Modulith's event publication
 * table) with the transaction that caused it. The data is already JSON, so a re-send after a crash
 * sends exactly the same bytes with the same id.
 */
public record OutboundEvent(String id, String type, String source, String topic, String key, Instant time,
        String dataJson) {
}
