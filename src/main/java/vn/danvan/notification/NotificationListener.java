package vn.danvan.notification;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.Inbox;
import vn.danvan.messaging.Topics;
import vn.danvan.messaging.contract.EventType;

/** Reads {@code danvan.cases} in its own consumer group; the inbox makes each event plan its messages once. */
@Component
class NotificationListener {

    static final String CONSUMER = "notification";
    static final Set<EventType> TOLD = Arrays.stream(EventType.values())
            .filter(type -> CitizenMessage.tells(type) && type.belongsOn(Topics.CASES))
            .collect(Collectors.toUnmodifiableSet());

    private final Inbox inbox;
    private final NotificationPlanner planner;

    NotificationListener(Inbox inbox, NotificationPlanner planner) {
        this.inbox = inbox;
        this.planner = planner;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.CASES, groupId = "danvan-notification")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.consume(CONSUMER, record, TOLD, planner::plan);
    }
}
