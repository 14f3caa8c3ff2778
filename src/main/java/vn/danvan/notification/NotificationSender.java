package vn.danvan.notification;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.petition.CaseMessages;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionCases;
import vn.danvan.platform.web.PublicLinks;

/**
 * Sends planned messages: claims a batch of due ones for a lease (so another node leaves them
 * alone), sends each outside any transaction, then records the result. Sent: the case's timeline
 * says so. Failed: tried again after a wait that doubles, and after {@code maxAttempts} the message
 * is dead (state DEAD with the last error, logged and counted). A node that dies after sending and
 * before recording sends that message again when the lease ends: at least once, with danvan's
 * message id for gateways that deduplicate.
 */
@Component
class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PetitionCases cases;
    private final CaseMessages timeline;
    private final CitizenChannels channels;
    private final PublicLinks links;
    private final NotificationProperties properties;
    private final MeterRegistry metrics;

    NotificationSender(JdbcClient jdbc, TransactionTemplate transaction, PetitionCases cases, CaseMessages timeline,
            CitizenChannels channels, PublicLinks links, NotificationProperties properties, MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.cases = cases;
        this.timeline = timeline;
        this.channels = channels;
        this.links = links;
        this.properties = properties;
        this.metrics = metrics;
    }

    record Due(UUID id, Channel channel, String caseId, EventType change, int attempts, String detail) {
    }

    @Scheduled(fixedDelayString = "${danvan.notification.send-interval:PT5S}")
    void sendDue() {
        for (Due due : claim()) {
            send(due);
        }
    }

    private List<Due> claim() {
        Timestamp now = Timestamp.from(Instant.now());
        return transaction.execute(status -> jdbc.sql("""
                UPDATE notification SET next_attempt_at = :leaseEnd WHERE notification_id IN (
                    SELECT notification_id FROM notification WHERE state = 'PENDING' AND next_attempt_at <= :now
                    ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED)
                RETURNING notification_id, channel, case_id, change, attempts, detail""")
                .param("leaseEnd", Timestamp.from(now.toInstant().plus(properties.lease()))).param("now", now)
                .param("batch", BATCH)
                .query((rs, row) -> new Due(rs.getObject("notification_id", UUID.class), Channel.valueOf(rs.getString("channel")),
                        rs.getString("case_id"), EventType.valueOf(rs.getString("change")), rs.getInt("attempts"),
                        rs.getString("detail")))
                .list());
    }

    private void send(Due due) {
        PetitionCase c = cases.get(due.caseId());
        CitizenMessage message = CitizenMessage.of(due.change(), c.trackingCode(), links.statusPage(c.trackingCode()),
                due.detail());
        try {
            channels.send(due.channel(), due.id().toString(), c, message);
        } catch (Exception e) {
            failed(due, e);
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE notification SET state = 'SENT', sent_at = ?, attempts = attempts + 1 WHERE notification_id = ?")
                    .params(Timestamp.from(Instant.now()), due.id()).update();
            timeline.sent(due.caseId(), "Đã gửi " + due.channel().label() + " cho công dân: đơn " + message.status());
        });
        metrics.counter("danvan_notifications_total", "channel", due.channel().name(), "result", "sent").increment();
    }

    private void failed(Due due, Exception e) {
        int attempts = due.attempts() + 1;
        boolean dead = attempts >= properties.maxAttempts();
        String error = (e.getClass().getSimpleName() + ": " + e.getMessage());
        Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 16));
        jdbc.sql("""
                UPDATE notification SET attempts = ?, state = ?, last_error = ?, next_attempt_at = ? WHERE notification_id = ?""")
                .params(attempts, dead ? "DEAD" : "PENDING", error.length() > 2000 ? error.substring(0, 2000) : error,
                        Timestamp.from(Instant.now().plus(wait)), due.id()).update();
        metrics.counter("danvan_notifications_total", "channel", due.channel().name(), "result", dead ? "dead" : "retry")
                .increment();
        if (dead) {
            log.warn("Message {} ({} about case {}) is dead after {} attempts: {}", due.id(), due.channel(), due.caseId(),
                    attempts, error);
        } else {
            log.info("Message {} ({} about case {}) failed, trying again in {}: {}", due.id(), due.channel(),
                    due.caseId(), wait, error);
        }
    }
}
