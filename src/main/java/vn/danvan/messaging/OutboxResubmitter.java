package vn.danvan.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends again every outbox event that Kafka has not acknowledged after a while: sends that failed
 * while the broker was down, and (with Modulith's republish on restart) those a crash interrupted.
 * One node at a time does it, under a PostgreSQL advisory lock; a rare double send is harmless
 * because every consumer deduplicates by event id. The same node deletes acknowledged events once
 * they are older than {@code keep-completed}.
 */
@Component
class OutboxResubmitter {

    private static final long LOCK = 0x64616e76616e02L;
    private static final Logger log = LoggerFactory.getLogger(OutboxResubmitter.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final OutboxProperties properties;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    OutboxResubmitter(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            OutboxProperties properties, TransactionTemplate transaction, JdbcClient jdbc) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${danvan.outbox.resubmit-interval:PT15S}",
            initialDelayString = "${danvan.outbox.resubmit-interval:PT15S}")
    void resubmit() {
        try {
            transaction.executeWithoutResult(status -> {
                Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK)
                        .query(Boolean.class).single();
                if (Boolean.TRUE.equals(locked)) {
                    incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
                    completed.deletePublicationsOlderThan(properties.keepCompleted());
                }
            });
        } catch (RuntimeException e) {
            // Database down: the next round tries again; nothing is lost, the events are in the table.
            log.warn("Outbox resubmission skipped: {}", e.getMessage());
        }
    }
}
