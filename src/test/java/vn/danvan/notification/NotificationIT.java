package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Http.Part;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.TestServers;

/**
 * Citizens who gave a contact and consent are told at the steps that concern them: by e-mail at a
 * real SMTP server, by SMS and Zalo at a local server standing in for the gateways; once per event
 * even when Kafka delivers it again; a gateway that keeps failing ends in a dead letter with its reason.
 */
@DanvanIntegrationTest
class NotificationIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    KafkaTestClient kafka;

    @BeforeEach
    void kafka() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    String file(String subject, String phone, String email, boolean consent) throws Exception {
        String petition = """
                {"unitCode": "tanthanh", "type": "FEEDBACK", "subject": "%s", "content": "Nước sinh hoạt bị đục.",
                 "petitioner": {"fullName": "Lê Văn Nam", "phone": %s, "email": %s}, "consent": %s}"""
                .formatted(subject, quoted(phone), quoted(email), consent);
        var answer = new Http(port).postMultipart("/api/public/petitions", List.of(Part.json("petition", petition)),
                Map.of("X-Forwarded-For", "10.8." + Math.abs(subject.hashCode() % 250) + ".1"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String code = json.readTree(answer.body()).path("trackingCode").asText();
        return jdbc.sql("SELECT case_id FROM petition_case WHERE tracking_code = ?").param(code).query(String.class).single();
    }

    @Test
    void aCitizenIsToldByEveryChannelTheyGaveOncePerEventEvenWhenItComesAgain() throws Exception {
        String email = "nam." + UUID.randomUUID() + "@example.vn";
        String caseId = file("Nước đục " + UUID.randomUUID(), "0912 000 333", email, true);
        String code = jdbc.sql("SELECT tracking_code FROM petition_case WHERE case_id = ?").param(caseId)
                .query(String.class).single();

        MimeMessage mail = await().atMost(CaseDriver.PATIENCE).until(() -> TestServers.mailsTo(email), list -> list.size() == 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Đơn " + code + " đã được tiếp nhận");
        assertThat(mail.getContent().toString()).contains("/portal/cases/" + code).contains("Kính gửi ông/bà");
        List<TestServers.GatewayRequest> sent = await().atMost(CaseDriver.PATIENCE)
                .until(() -> gateway(code), list -> list.size() == 2);
        TestServers.GatewayRequest sms = sent.stream().filter(r -> r.path().equals("/sms")).findFirst().orElseThrow();
        assertThat(sms.authorization()).isEqualTo("Bearer sms-test-token");
        assertThat(json.readTree(sms.body()).path("to").asText()).isEqualTo("0912 000 333");
        assertThat(json.readTree(sms.body()).path("text").asText()).contains(code).contains("đã được tiếp nhận");
        TestServers.GatewayRequest zalo = sent.stream().filter(r -> r.path().equals("/zns")).findFirst().orElseThrow();
        assertThat(zalo.accessToken()).isEqualTo("zalo-test-token");
        JsonNode zns = json.readTree(zalo.body());
        assertThat(zns.path("phone").asText()).isEqualTo("84912000333");
        assertThat(zns.path("template_id").asText()).isEqualTo("123456");
        assertThat(zns.at("/template_data/tracking_code").asText()).isEqualTo(code);
        // each message sent is a step on the case's timeline
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql(
                "SELECT count(*) FROM case_timeline WHERE case_id = ? AND action = 'notified'").param(caseId)
                .query(Long.class).single() == 3);

        // Kafka delivers the received event again: no second message
        ConsumerRecord<String, byte[]> received = kafka.awaitRecords("danvan.cases", r -> caseId.equals(r.key())
                && "vn.danvan.case.received".equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        Map<String, String> headers = new HashMap<>();
        for (Header header : received.headers()) {
            headers.put(header.key(), new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        var again = kafka.send("danvan.cases", caseId, received.value(), headers);
        kafka.awaitProcessed("danvan-notification", again, Duration.ofSeconds(30));
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(3);
        assertThat(TestServers.mailsTo(email)).hasSize(1);
        assertThat(gateway(code)).hasSize(2);
    }

    @Test
    void withoutConsentOrContactNobodyIsTold() throws Exception {
        String caseId = file("Không để liên lạc " + UUID.randomUUID(), null, null, false);
        var record = kafka.awaitRecords("danvan.cases", r -> caseId.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        kafka.awaitProcessed("danvan-notification", new org.apache.kafka.clients.producer.RecordMetadata(
                new org.apache.kafka.common.TopicPartition(record.topic(), record.partition()), record.offset(), 0, 0, 0, 0),
                Duration.ofSeconds(30));
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
    }

    @Test
    void aGatewayThatKeepsFailingEndsInADeadLetterWithTheReasonWhileTheEmailGoes() throws Exception {
        String email = "dead." + UUID.randomUUID() + "@example.vn";
        String caseId = file("Cổng tin nhắn hỏng " + UUID.randomUUID(), TestServers.FAILING_PHONE, email, true);

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "SELECT count(*) FROM notification WHERE case_id = ? AND state = 'DEAD'").param(caseId)
                .query(Long.class).single() == 2);
        List<Map<String, Object>> rows = jdbc.sql("SELECT channel, state, attempts, last_error FROM notification WHERE case_id = ?")
                .param(caseId).query().listOfRows();
        assertThat(rows).filteredOn(r -> "DEAD".equals(r.get("state"))).allSatisfy(r -> {
            assertThat(r.get("attempts")).isEqualTo(3);
            assertThat((String) r.get("last_error")).contains("500");
        });
        await().atMost(CaseDriver.PATIENCE).until(() -> TestServers.mailsTo(email).size() == 1);
        JsonNode dead = json.readTree(new Http(port).get("/api/admin/notifications?state=DEAD&caseId=" + caseId, "admin",
                "demo").body());
        assertThat(dead.findValuesAsText("channel")).containsExactlyInAnyOrder("SMS", "ZALO");
        assertThat(new Http(port).get("/api/admin/notifications", "liennghia1", "demo").statusCode()).isEqualTo(403);
    }


    private static List<TestServers.GatewayRequest> gateway(String code) {
        return TestServers.gatewayRequests().stream().filter(r -> r.body().contains(code)).toList();
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
