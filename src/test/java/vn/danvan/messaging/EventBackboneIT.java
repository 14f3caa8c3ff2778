package vn.danvan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.danvan.support.KafkaTestClient.header;
import static vn.danvan.support.KafkaTestClient.value;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.messaging.contract.CaseEventData;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.Petitions;

/** The event backbone on the real broker and database: nothing lost, nothing done twice, nothing stuck. */
@DanvanIntegrationTest
class EventBackboneIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DomainEvents events;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void theSameCloudEventThreeTimesMakesOneCase() {
        String ceId = "portal-" + UUID.randomUUID();
        String petition = Petitions.json("liennghia", "Đèn đường hỏng");

        kafka.submitPetition(ceId, "citizen-1", petition);
        kafka.submitPetition(ceId, "citizen-1", petition);
        RecordMetadata last = kafka.submitPetition(ceId, "citizen-1", petition);
        kafka.awaitProcessed("danvan-petition-intake", last, PATIENCE);

        assertThat(casesFrom(ceId)).isEqualTo(1);
        String caseId = caseIdFrom(ceId);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(PetitionCommuneProcess.KEY).count()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> received = kafka.awaitRecords(Topics.CASES,
                r -> caseId.equals(r.key()) && "vn.danvan.case.received".equals(header(r, "ce_type")), 1, PATIENCE);
        assertThat(value(received.get(0))).contains("\"sourceEventId\":\"" + ceId + "\"")
                .doesNotContain("Nguyễn Văn Bình").doesNotContain("0912");
        assertThat(kafka.readAll(Topics.CASES, r -> caseId.equals(r.key())
                && "vn.danvan.case.received".equals(header(r, "ce_type")))).hasSize(1);
    }

    @Test
    void badEventsGoToTheDeadLetterTopicWithAReasonAndTheValidOnesAroundThemAreProcessed() {
        String key = "same-partition-" + UUID.randomUUID();
        String first = "valid-" + UUID.randomUUID();
        String last = "valid-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString();
        Map<String, String> petitionHeaders = Map.of("ce_type", "vn.danvan.petition.submitted",
                "ce_source", "/test/portal", "ce_specversion", "1.0", "content-type", "application/json");

        kafka.submitPetition(first, key, Petitions.json("hiepan", "Hợp lệ trước"));
        kafka.send("danvan.intake", key, "{\"unitCode\": \"hiepan\", ", with(petitionHeaders, "malformed-" + run));
        kafka.send("danvan.intake", key, "{\"unitCode\": \"hiepan\", \"channel\": \"ONLINE\"}",
                with(petitionHeaders, "incomplete-" + run));
        kafka.send("danvan.intake", key, Petitions.json("hiepan", "Loại lạ"),
                with(Map.of("ce_type", "vn.danvan.petition.teleported", "ce_source", "/test", "ce_specversion", "1.0",
                        "content-type", "application/json"), "unknown-type-" + run));
        kafka.send("danvan.intake", key, Petitions.json("atlantis", "Đơn vị lạ"),
                with(petitionHeaders, "unknown-unit-" + run));
        kafka.send("danvan.intake", key, Petitions.json("hiepan", "Không có tiêu đề CloudEvents"), Map.of());
        kafka.submitPetition(last, key, Petitions.json("hiepan", "Hợp lệ sau"));

        List<ConsumerRecord<String, byte[]>> dead = kafka.awaitRecords("danvan.intake.DLT", r -> key.equals(r.key()),
                5, PATIENCE);
        assertThat(dead).extracting(r -> header(r, "danvan_dlt_reason")).anySatisfy(
                reason -> assertThat(reason).startsWith("data is not valid JSON"))
                .anySatisfy(reason -> assertThat(reason).contains("data.petitioner: must not be null")
                        .contains("data.subject: must not be blank"))
                .anySatisfy(reason -> assertThat(reason).isEqualTo("unknown event type 'vn.danvan.petition.teleported'"))
                .anySatisfy(reason -> assertThat(reason).isEqualTo("data.unitCode: unknown unit 'atlantis'"))
                .anySatisfy(reason -> assertThat(reason).startsWith("not a CloudEvent in Kafka binary mode"));
        assertThat(dead).allSatisfy(r -> assertThat(header(r, "danvan_dlt_consumer")).isEqualTo("danvan-petition-intake"));
        assertThat(dead).filteredOn(r -> ("malformed-" + run).equals(header(r, "ce_id")))
                .singleElement().satisfies(r -> assertThat(value(r)).isEqualTo("{\"unitCode\": \"hiepan\", "));
        await().atMost(PATIENCE).until(() -> casesFrom(first) == 1 && casesFrom(last) == 1);
    }

    @Test
    void anEventCommittedButNeverSentIsSentLater() {
        String key = "outbox-" + UUID.randomUUID();
        // Commit the state change and its outbox record, but lose the after-commit send, as a crash
        // between the database commit and the Kafka acknowledgement would.
        String id = transaction.execute(status -> {
            String eventId = events.publish(EventType.CASE_CLASSIFIED, key, someCase(key));
            TransactionSynchronizationManager.clearSynchronization();
            TransactionSynchronizationManager.initSynchronization();
            return eventId;
        });
        assertThat(unsentPublications(id)).isEqualTo(1);

        List<ConsumerRecord<String, byte[]>> sent = kafka.awaitRecords(Topics.CASES, r -> key.equals(r.key()), 1, PATIENCE);

        assertThat(header(sent.get(0), "ce_id")).isEqualTo(id);
        assertThat(header(sent.get(0), "ce_type")).isEqualTo("vn.danvan.case.classified");
        await().atMost(PATIENCE).until(() -> unsentPublications(id) == 0);
    }

    @Test
    void aStepThatFailsAfterPublishingSendsNothing() {
        String key = "rollback-" + UUID.randomUUID();
        String[] rolledBack = new String[1];
        try {
            transaction.executeWithoutResult(status -> {
                rolledBack[0] = events.publish(EventType.CASE_CLASSIFIED, key, someCase(key));
                throw new IllegalStateException("the step fails after publishing");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        String marker = transaction.execute(status -> events.publish(EventType.CASE_CLOSED, key, someCase(key)));

        // Same key, same partition: once the later marker is there, the rolled-back event would be too.
        kafka.awaitRecords(Topics.CASES, r -> marker.equals(header(r, "ce_id")), 1, PATIENCE);
        assertThat(kafka.readAll(Topics.CASES, r -> key.equals(r.key()))).extracting(r -> header(r, "ce_id"))
                .containsExactly(marker);
        assertThat(unsentPublications(rolledBack[0])).isZero();
    }

    @Test
    void backboneMetricsAreExported() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(new Http(port).get("/actuator/prometheus").body())
                .contains("danvan_events_produced_total").contains("danvan_outbox_pending")
                .contains("danvan_events_lag{"));
    }

    private static Map<String, String> with(Map<String, String> headers, String ceId) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("ce_id", ceId);
        return all;
    }

    private static CaseEventData someCase(String caseId) {
        return new CaseEventData(caseId, "TEST-CODE-0000", "COMMUNE", "hiepan", "hiepan", "CLASSIFIED", "FEEDBACK",
                "OTHER", Instant.now(), null, "ON_TIME", "ONLINE", null, null, null, null, null, null, "test", 1, null);
    }

    private long casesFrom(String ceId) {
        return jdbc.sql("SELECT count(*) FROM petition_case WHERE source_event_id = ?").param(ceId)
                .query(Long.class).single();
    }

    private String caseIdFrom(String ceId) {
        return jdbc.sql("SELECT case_id FROM petition_case WHERE source_event_id = ?").param(ceId)
                .query(String.class).single();
    }

    private long unsentPublications(String eventId) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%" + eventId + "%").query(Long.class).single();
    }
}
