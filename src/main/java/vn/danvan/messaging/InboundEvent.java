package vn.danvan.messaging;

import java.time.OffsetDateTime;
import vn.danvan.messaging.contract.EventType;

/** An event read from Kafka and checked: a known type, and data that is valid for that type. */
public record InboundEvent(String id, EventType type, String source, OffsetDateTime time, String key,
        String topic, Object data) {

    public <T> T data(Class<T> dataClass) {
        return dataClass.cast(data);
    }
}
