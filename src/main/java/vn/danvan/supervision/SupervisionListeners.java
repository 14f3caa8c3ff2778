package vn.danvan.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.EventNotYetExpectedException;
import vn.danvan.messaging.Inbox;
import vn.danvan.messaging.InvalidEventException;
import vn.danvan.messaging.Topics;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.SupervisionEventData;
import vn.danvan.supervision.RecommendationAnswers.AnswerRefusedException;

/**
 * The Kafka door of supervised bodies: an {@code answered} event that an outside system puts on
 * {@code danvan.supervisions} answers a recommendation, through the inbox (one effect per
 * {@code ce_id}). The topic also carries this module's own events, including its own
 * {@code answered}: those (source {@code /danvan/supervision}) are skipped before reading.
 */
@Component
class SupervisionListeners {

    static final String ANSWER_CONSUMER = "supervision-answers";

    private final Inbox inbox;
    private final RecommendationAnswers answers;
    private final ObjectMapper json;

    SupervisionListeners(Inbox inbox, RecommendationAnswers answers, ObjectMapper json) {
        this.inbox = inbox;
        this.answers = answers;
        this.json = json;
    }

    @KafkaListener(id = ANSWER_CONSUMER, topics = Topics.SUPERVISIONS, groupId = "danvan-supervision-answers")
    void onSupervisionEvent(ConsumerRecord<String, byte[]> record) {
        if (EventType.SUPERVISION_ANSWERED.source().toString().equals(header(record, "ce_source"))) {
            return; // an answer this application recorded and published itself
        }
        inbox.consume(ANSWER_CONSUMER, record, Set.of(EventType.SUPERVISION_ANSWERED), event -> {
            SupervisionEventData data = event.data(SupervisionEventData.class);
            // the contract's data record has no field for the body's text and reason: read them from the JSON
            JsonNode raw = raw(record);
            Answer answer = new Answer(response(data.response()), text(raw, "text"), text(raw, "reason"));
            try {
                answers.answer(data.campaignId() == null ? event.key() : data.campaignId(), data.recommendationId(),
                        answer, RecommendationAnswers.KAFKA, "kafka:" + event.source());
            } catch (CampaignNotFoundException e) {
                throw new InvalidEventException("data.recommendationId: unknown recommendation '" + data.recommendationId()
                        + "' in campaign '" + data.campaignId() + "'");
            } catch (AnswerRefusedException e) {
                if (e.notYet()) {
                    throw new EventNotYetExpectedException(e.getMessage(), e);
                }
                throw new InvalidEventException("data." + e.getMessage());
            }
        });
    }

    private static Answer.Response response(String value) {
        try {
            return value == null ? null : Answer.Response.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("data.response: must be ACCEPTED, PARTLY_ACCEPTED or REJECTED");
        }
    }

    private JsonNode raw(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readTree(record.value());
        } catch (IOException e) {
            throw new InvalidEventException("data is not valid JSON");
        }
    }

    private static String text(JsonNode raw, String field) {
        JsonNode node = raw.path(field);
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
