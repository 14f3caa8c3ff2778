package vn.danvan.notification;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.dialogue.ConferenceRecords;
import vn.danvan.messaging.InboundEvent;
import vn.danvan.messaging.contract.CaseEventData;
import vn.danvan.messaging.contract.DialogueEventData;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PetitionCases cases;
    private final CitizenChannels channels;
    private final JdbcClient jdbc;
    private final ConferenceRecords conferences;

    NotificationPlanner(PetitionCases cases, CitizenChannels channels, JdbcClient jdbc, ConferenceRecords conferences) {
        this.cases = cases;
        this.channels = channels;
        this.jdbc = jdbc;
        this.conferences = conferences;
    }

    void plan(InboundEvent event) {
        CaseEventData data = event.data(CaseEventData.class);
        if (event.type() == EventType.CASE_FORWARDED && Level.parse(data.targetLevel()) == Level.COMMITTEE) {
            return; // a report to the Party committee is the office's own business, not a step to tell about
        }
        plan(event.id(), event.type(), data.caseId(), null);
    }

    /**
     * A question left unanswered at a dialogue conference was answered in writing: the petitioners of
     * the cases linked to it are told, with the answering document's number, date and unit (the
     * question itself holds no contact; only a petition's petitioner who consented is told).
     */
    void planWrittenAnswer(InboundEvent event) {
        DialogueEventData data = event.data(DialogueEventData.class);
        if (data.caseIds() == null || data.questionId() == null) {
            return;
        }
        String detail = conferences.writtenAnswer(data.questionId()).filter(w -> w.documentNumber() != null)
                .map(w -> "Văn bản trả lời số " + w.documentNumber() + " ngày " + DAY.format(w.documentDate()) + " của "
                        + w.unitName() + ".")
                .orElse(null);
        for (String caseId : data.caseIds()) {
            // one event, several cases: each case's message has its own key
            plan(event.id() + "/" + caseId, event.type(), caseId, detail);
        }
    }

    private void plan(String eventId, EventType type, String caseId, String detail) {
        PetitionCase c = cases.find(caseId).orElse(null);
        if (c == null || !c.contactConsent()) {
            return;
        }
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        for (Channel channel : Channel.values()) {
            if (channels.reaches(channel, c)) {
                jdbc.sql("""
                        INSERT INTO notification (notification_id, event_id, channel, case_id, change, state,
                            next_attempt_at, created_at, detail) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)
                        ON CONFLICT (event_id, channel) DO NOTHING""")
                        .params(UUID.randomUUID(), eventId, channel.name(), c.caseId(), type.name(), now, now, detail)
                        .update();
            }
        }
    }
}
