package vn.danvan.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import vn.danvan.platform.DatabaseUnavailable;

/**
 * What every listener does when processing a record fails. Spring Boot puts this handler on the
 * default listener container factory.
 *
 * <ul>
 * <li>A permanent problem ({@link InvalidEventException}) goes to {@code <topic>.DLT} at once,
 * with the original headers and the reason in {@value #REASON_HEADER}; the partition moves on.
 * <li>The database unreachable: retried with back-off for as long as it takes (the consumer
 * pauses, nothing is dead-lettered for an outage).
 * <li>An event its process is not waiting for yet, or an optimistic-locking clash: retried with
 * back-off, bounded; then dead-lettered with the reason.
 * <li>Anything else (a bug): retried a few times, then dead-lettered, so one bad record cannot
 * stall its partition.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandling {

    static final String REASON_HEADER = "danvan_dlt_reason";
    static final String CONSUMER_HEADER = "danvan_dlt_consumer";

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> template, MessagingMetrics metrics) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));
        deadLetters.setHeadersFunction(KafkaErrorHandling::reasonHeaders);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            deadLetters.accept(record, e);
            metrics.deadLettered(consumerOf(e), record.topic());
        }, new FixedBackOff(1000, 3));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        // Keep the rest of the poll in memory instead of seeking back to it: a seek waits for the fetch
        // already parked on the broker (fetch.max.wait.ms, 500 ms), which made every dead letter cost half
        // a second, a flood of bad events a stalled partition (measured in HostileInputFuzzIT)
        handler.setSeekAfterError(false);
        handler.setBackOffFunction((record, e) -> backOffFor(e));
        handler.setRetryListeners((record, e, attempt) -> metrics.retried(consumerOf(e), record.topic()));
        return handler;
    }

    static BackOff backOffFor(Exception e) {
        if (isDatabaseUnavailable(e)) {
            ExponentialBackOff untilBack = new ExponentialBackOff(500, 2);
            untilBack.setMaxInterval(10_000);
            return untilBack;
        }
        if (causedBy(e, EventNotYetExpectedException.class)) {
            ExponentialBackOffWithMaxRetries notYet = new ExponentialBackOffWithMaxRetries(9);
            notYet.setInitialInterval(250);
            notYet.setMultiplier(2);
            notYet.setMaxInterval(5_000);
            return notYet;
        }
        if (causedBy(e, OptimisticLockingException.class)) {
            return new FixedBackOff(100, 10);
        }
        return null; // the default: three more tries a second apart
    }

    /**
     * The database out of reach, or a transient failure (timeout, deadlock) that a later try will
     * get past: the record waits for it, however long, and is never dead-lettered for it.
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        return DatabaseUnavailable.causedBy(e) || causedBy(e, TransientDataAccessException.class)
                || causedBy(e, SQLTransientException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception e) {
        Headers headers = new RecordHeaders();
        headers.add(REASON_HEADER, reason(e).getBytes(StandardCharsets.UTF_8));
        headers.add(CONSUMER_HEADER, consumerOf(e).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    static String reason(Throwable e) {
        Throwable cause = e instanceof ListenerExecutionFailedException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof InvalidEventException) {
            return message;
        }
        if (cause instanceof EventNotYetExpectedException) {
            return "not processed after repeated attempts: " + message;
        }
        return "processing failed (" + cause.getClass().getSimpleName() + "): " + message;
    }

    private static String consumerOf(Exception e) {
        if (e instanceof ListenerExecutionFailedException failed && failed.getGroupId() != null) {
            return failed.getGroupId();
        }
        return "unknown";
    }
}
