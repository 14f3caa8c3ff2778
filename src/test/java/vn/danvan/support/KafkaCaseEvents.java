package vn.danvan.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The events of one case on danvan.cases, in topic order, as outside systems see them: its changes
 * ({@code vn.danvan.case.*}), or everything under its key, the documents issued for it included.
 */
public final class KafkaCaseEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANGE = "vn.danvan.case.";

    private KafkaCaseEvents() {
    }

    /** Waits until the case has at least this many changes on the topic, then returns them all. */
    public static List<ConsumerRecord<String, byte[]>> await(KafkaTestClient kafka, String caseId, int atLeast) {
        java.util.function.Predicate<ConsumerRecord<String, byte[]>> change = r -> caseId.equals(r.key())
                && String.valueOf(KafkaTestClient.header(r, "ce_type")).startsWith(CHANGE);
        kafka.awaitRecords("danvan.cases", change, atLeast, CaseDriver.PATIENCE);
        return kafka.readAll("danvan.cases", change);
    }

    /** Waits until the case has at least this many events of any type (its documents' too), then returns them all. */
    public static List<ConsumerRecord<String, byte[]>> all(KafkaTestClient kafka, String caseId, int atLeast) {
        kafka.awaitRecords("danvan.cases", r -> caseId.equals(r.key()), atLeast, CaseDriver.PATIENCE);
        return kafka.readAll("danvan.cases", r -> caseId.equals(r.key()));
    }

    /** The last part of each event's type: received, classified, forwarded, ... */
    public static List<String> changes(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> KafkaTestClient.header(r, "ce_type"))
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    public static List<Long> sequences(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> data(r).path("sequence").asLong()).toList();
    }

    public static JsonNode data(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
