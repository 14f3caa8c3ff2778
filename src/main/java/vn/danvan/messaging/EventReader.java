package vn.danvan.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.platform.web.JsonProblems;
import vn.danvan.platform.web.NulCharacterException;

/**
 * Reads a Kafka record as a CloudEvent (binary mode, through the CloudEvents SDK), then its data
 * as the record of its type, validated with Bean Validation. Every problem becomes an
 * {@link InvalidEventException} whose message names the attribute or field at fault.
 */
@Component
public class EventReader {

    private final ObjectMapper objectMapper;
    private final Validator validator;

    EventReader(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    public InboundEvent read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = cloudEvent(record);
        EventType type = EventType.of(event.getType())
                .orElseThrow(() -> new InvalidEventException("unknown event type '" + event.getType() + "'"));
        if (!type.belongsOn(record.topic())) {
            throw new InvalidEventException("event type " + type.type() + " does not belong on topic " + record.topic());
        }
        if (event.getId() == null || event.getId().isBlank() || event.getId().length() > 200) {
            throw new InvalidEventException("ce_id must be 1 to 200 characters");
        }
        // PostgreSQL refuses U+0000 in text: refused here, named, instead of failing the insert
        noNul("ce_id", event.getId());
        noNul("ce_source", String.valueOf(event.getSource()));
        noNul("key", record.key());
        String contentType = event.getDataContentType();
        if (contentType != null && !contentType.startsWith("application/json")) {
            throw new InvalidEventException("content-type must be application/json, not " + contentType);
        }
        if (event.getData() == null || event.getData().toBytes().length == 0) {
            throw new InvalidEventException("data is missing");
        }
        Object data = parse(event.getData().toBytes(), type);
        validate(data);
        return new InboundEvent(event.getId(), type, String.valueOf(event.getSource()), event.getTime(),
                record.key(), record.topic(), data);
    }

    private static void noNul(String attribute, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new InvalidEventException(attribute + " " + NulCharacterException.MESSAGE);
        }
    }

    private static CloudEvent cloudEvent(ConsumerRecord<String, byte[]> record) {
        try {
            return KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new InvalidEventException("not a CloudEvent in Kafka binary mode (ce_id, ce_type, ce_source, "
                    + "ce_specversion headers): " + e.getMessage());
        }
    }

    private Object parse(byte[] json, EventType type) {
        Object data;
        try {
            data = objectMapper.readValue(json, type.dataClass());
        } catch (JsonMappingException e) {
            if (JsonProblems.isSyntaxError(e)) {
                throw new InvalidEventException("data is not valid JSON" + JsonProblems.location(e));
            }
            if (e.getPath().isEmpty()) {
                throw new InvalidEventException("data is not a JSON object");
            }
            throw new InvalidEventException("data" + path(e) + ": " + JsonProblems.describe(e));
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("data is not valid JSON" + JsonProblems.location(e));
        } catch (IOException e) {
            throw new InvalidEventException("data cannot be read: " + e.getMessage());
        }
        if (data == null) {
            throw new InvalidEventException("data is null, not a JSON object");
        }
        return data;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
    }

    private void validate(Object data) {
        Set<ConstraintViolation<Object>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(violations.stream()
                    .map(v -> "data." + v.getPropertyPath() + ": " + v.getMessage())
                    .sorted(Comparator.naturalOrder())
                    .collect(Collectors.joining("; ")));
        }
    }
}
