package vn.danvan.notification;

import java.sql.Timestamp;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.InboundEvent;
import vn.danvan.messaging.contract.CaseEventData;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.organization.Level;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionCases;

/**
 * Decides, inside the inbox transaction of a case event, which messages the citizen gets: one per
 * channel that reaches them, only when they gave consent, keyed by the event id so that a redelivered
 * event plans nothing twice. The messages are sent afterwards by {@link NotificationSender}.
 */
@Component
class NotificationPlanner {

    private final PetitionCases cases;
    private final CitizenChannels channels;
    private final JdbcClient jdbc;

    NotificationPlanner(PetitionCases cases, CitizenChannels channels, JdbcClient jdbc) {
        this.cases = cases;
        this.channels = channels;
        this.jdbc = jdbc;
    }

    void plan(InboundEvent event) {
        CaseEventData data = event.data(CaseEventData.class);
        if (event.type() == EventType.CASE_FORWARDED && Level.parse(data.targetLevel()) == Level.COMMITTEE) {
            return; // a report to the Party committee is the office's own business, not a step to tell about
        }
        PetitionCase c = cases.find(data.caseId()).orElse(null);
        if (c == null || !c.contactConsent()) {
            return;
        }
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        for (Channel channel : Channel.values()) {
            if (channels.reaches(channel, c)) {
                jdbc.sql("""
                        INSERT INTO notification (notification_id, event_id, channel, case_id, change, state,
                            next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)
                        ON CONFLICT (event_id, channel) DO NOTHING""")
                        .params(UUID.randomUUID(), event.id(), channel.name(), c.caseId(), event.type().name(), now, now)
                        .update();
            }
        }
    }
}
