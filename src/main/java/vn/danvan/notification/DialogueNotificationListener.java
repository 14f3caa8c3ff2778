package vn.danvan.notification;

import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.Inbox;
import vn.danvan.messaging.Topics;
import vn.danvan.messaging.contract.EventType;

/**
 * Reads {@code danvan.dialogues} in its own consumer group, for the one dialogue step a petitioner is
 * told about: the written answer to a question about their petition. The inbox makes each event plan
 * its messages once.
 */
@Component
class DialogueNotificationListener {

    static final String CONSUMER = "notification-dialogue";
    static final Set<EventType> TOLD = Set.of(EventType.DIALOGUE_QUESTION_ANSWERED_IN_WRITING);

    private final Inbox inbox;
    private final NotificationPlanner planner;

    DialogueNotificationListener(Inbox inbox, NotificationPlanner planner) {
        this.inbox = inbox;
        this.planner = planner;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.DIALOGUES, groupId = "danvan-notification-dialogues")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.consume(CONSUMER, record, TOLD, planner::planWrittenAnswer);
    }
}
