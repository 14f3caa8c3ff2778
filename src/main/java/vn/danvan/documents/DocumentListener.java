package vn.danvan.documents;

import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.Inbox;
import vn.danvan.messaging.Topics;
import vn.danvan.messaging.contract.EventType;

/**
 * The documents consumer: its own group on the four topics, through the inbox, so each step's event
 * issues its documents once, after the step committed and off the officer's or the intake's path.
 * Few threads ({@code danvan.documents.concurrency}): rendering is CPU work that must not starve intake.
 */
@Component
class DocumentListener {

    static final String CONSUMER = "documents";
    private static final Set<EventType> HANDLED = IssuingRules.TRIGGERS;

    private final Inbox inbox;
    private final EventDocuments documents;
    private final RenderPacing pacing;

    DocumentListener(Inbox inbox, EventDocuments documents, RenderPacing pacing) {
        this.inbox = inbox;
        this.documents = documents;
        this.pacing = pacing;
    }

    /** Few records per poll: with the pacing's pauses, a poll's records are done well within max.poll.interval.ms. */
    @KafkaListener(id = CONSUMER, groupId = "danvan-documents", concurrency = "${danvan.documents.concurrency:1}",
            topics = {Topics.CASES, Topics.DIALOGUES, Topics.SUPERVISIONS, Topics.CRITICISMS},
            properties = "max.poll.records=20")
    void on(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        if (inbox.consume(CONSUMER, record, HANDLED, documents::on)) {
            pacing.afterDocuments();
        }
    }
}
