package vn.danvan.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param resubmitInterval how often unsent events are looked for
 * @param resubmitAfter    how old an unsent event must be before it is sent again
 * @param keepCompleted    how long an event Kafka acknowledged stays in the table: a database restored
 *                         from a backup sends them again (backup/after-restore.sql), so that an event
 *                         consumed after the backup was taken is not lost with the consumer's effect
 */
@ConfigurationProperties("danvan.outbox")
public record OutboxProperties(
        @DefaultValue("PT15S") Duration resubmitInterval,
        @DefaultValue("PT30S") Duration resubmitAfter,
        @DefaultValue("20000") int relayQueueCapacity,
        @DefaultValue("2") int completionThreads,
        @DefaultValue("P1D") Duration keepCompleted) {

    /**
     * How long an event may stay unsent while the outbox works: the age at which it is sent again,
     * plus two rounds of the resubmitter. Older unsent events are a fault (the consistency checker).
     */
    public Duration resendWindow() {
        return resubmitAfter.plus(resubmitInterval.multipliedBy(2));
    }
}
