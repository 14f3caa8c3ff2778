package vn.danvan.petition;

import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.Inbox;
import vn.danvan.messaging.InvalidEventException;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.messaging.Topics;
import vn.danvan.platform.web.InvalidInputException;

/**
 * The petition module's Kafka doors. Each translates a record into one service call through the
 * inbox, which makes the effect happen once per event id.
 */
@Component
class PetitionListeners {

    static final String INTAKE_CONSUMER = "petition-intake";
    static final String HANDOFF_CONSUMER = "petition-handoff";
    private static final Set<EventType> HANDOFFS = Set.of(EventType.CASE_FORWARDED, EventType.CASE_RETURNED,
            EventType.CASE_DIRECTED, EventType.CASE_RESOLVED, EventType.CASE_REFUSED);

    private final Inbox inbox;
    private final PetitionIntake intake;
    private final CaseHandoffs handoffs;

    PetitionListeners(Inbox inbox, PetitionIntake intake, CaseHandoffs handoffs) {
        this.inbox = inbox;
        this.intake = intake;
        this.handoffs = handoffs;
    }

    @KafkaListener(id = INTAKE_CONSUMER, topics = Topics.INTAKE, groupId = "danvan-petition-intake")
    void onIntake(ConsumerRecord<String, byte[]> record) {
        inbox.consume(INTAKE_CONSUMER, record, Set.of(EventType.PETITION_SUBMITTED), event -> {
            try {
                intake.submit(event.data(PetitionSubmission.class), event.id(), "kafka:" + event.source());
            } catch (InvalidInputException e) {
                throw new InvalidEventException("data." + e.getMessage());
            }
        });
    }

    @KafkaListener(id = HANDOFF_CONSUMER, topics = Topics.CASES, groupId = "danvan-petition-handoff")
    void onCaseEvent(ConsumerRecord<String, byte[]> record) {
        inbox.consume(HANDOFF_CONSUMER, record, HANDOFFS, handoffs::receive);
    }
}
