package vn.danvan.dashboard;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.messaging.EventReader;
import vn.danvan.messaging.InboundEvent;
import vn.danvan.messaging.Topics;
import vn.danvan.messaging.contract.EventType;

/**
 * The read model's only writer: reads the four topics in its own consumer group and applies each
 * event in one transaction. It does not use the inbox, because a rebuild must see every event again;
 * the projections are idempotent instead. Bad records go to the dead-letter topic like everywhere.
 */
@Component
class DashboardListener extends AbstractConsumerSeekAware {

    static final String ID = "dashboard";

    private final EventReader reader;
    private final CaseProjection cases;
    private final ProgrammeProjection programmes;
    private final ReceptionProjection receptions;
    private final TransactionTemplate transaction;

    DashboardListener(EventReader reader, CaseProjection cases, ProgrammeProjection programmes,
            ReceptionProjection receptions, TransactionTemplate transaction) {
        this.reader = reader;
        this.cases = cases;
        this.programmes = programmes;
        this.receptions = receptions;
        this.transaction = transaction;
    }

    @KafkaListener(id = ID, groupId = "danvan-dashboard", topics = {Topics.CASES, Topics.DIALOGUES, Topics.SUPERVISIONS,
            Topics.RECEPTIONS})
    void on(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = reader.read(record);
        if (event.type() == EventType.DOCUMENT_ISSUED) {
            return; // a register fact, not a change of the case, conference or campaign
        }
        transaction.executeWithoutResult(status -> {
            switch (event.topic()) {
                case Topics.CASES -> cases.apply(event);
                case Topics.DIALOGUES -> programmes.dialogue(event);
                case Topics.SUPERVISIONS -> programmes.supervision(event);
                case Topics.RECEPTIONS -> receptions.apply(event);
                default -> throw new IllegalStateException("Unexpected topic " + event.topic());
            }
        });
    }

    /** Sends this node's partitions back to offset zero; @return how many partitions it holds. */
    int rewind() {
        seekToBeginning();
        return getTopicsAndCallbacks().size();
    }
}
