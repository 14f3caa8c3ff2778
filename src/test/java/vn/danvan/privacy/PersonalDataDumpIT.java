package vn.danvan.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Http.Part;
import vn.danvan.support.KafkaTestClient;

/**
 * Issue 21's "done when": petitions through every door (Tasklist's start form through the engine's
 * submit-form REST call, {@code POST /api/petitions}, a {@code vn.danvan.petition.submitted} event on
 * Kafka, the portal with an attachment), each case viewed and its receipt issued; then the whole
 * database is dumped and no petitioner's name, phone, address or e-mail is in it in plain text,
 * Camunda's tables included.
 */
@DanvanIntegrationTest
class PersonalDataDumpIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${spring.datasource.url}")
    String jdbcUrl;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    private final Random random = new Random();

    /** One petitioner with data found nowhere else in the database. */
    record Person(String name, String phone, String address, String email) {
        List<String> needles() {
            List<String> all = new ArrayList<>(List.of(name, NameHash.normalise(name), phone, phone.replace(" ", ""), address));
            if (email != null) {
                all.add(email);
            }
            return all;
        }
    }

    private Person person(String door) {
        String token = word(7);
        return new Person("Quách Thị " + Character.toUpperCase(token.charAt(0)) + token.substring(1),
                "09" + digits(2) + " " + digits(3) + " " + digits(3), "Tổ " + word(6) + ", thôn Kiểm Tra " + door,
                door.equals("portal") ? word(8) + "@example.vn" : null);
    }

    @Test
    void aDumpOfTheWholeDatabaseHoldsNoPetitionersDataInPlainTextWhicheverDoorTheyCameThrough() throws Exception {
        Http http = new Http(port);
        Person tasklist = person("tasklist");
        Person rest = person("rest");
        Person kafka = person("kafka");
        Person portal = person("portal");
        String subject = "Kiểm tra bản sao cơ sở dữ liệu " + UUID.randomUUID();

        // 1. Tasklist's start form, as Tasklist submits it
        var started = http.postJson("/engine-rest/process-definition/key/" + PetitionCommuneProcess.KEY + "/submit-form", """
                {"variables": {"petitionerName": {"value": "%s", "type": "String"},
                 "petitionerPhone": {"value": "%s", "type": "String"},
                 "petitionerAddress": {"value": "%s", "type": "String"},
                 "channel": {"value": "WALK_IN", "type": "String"},
                 "subject": {"value": "%s", "type": "String"},
                 "content": {"value": "Công dân trình bày trực tiếp tại trụ sở.", "type": "String"}}}"""
                .formatted(tasklist.name(), tasklist.phone(), tasklist.address(), subject), "liennghia1", "demo");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String viaTasklist = json.readTree(started.body()).path("businessKey").asText();

        // 2. REST
        var posted = http.postJson("/api/petitions", petition(rest, subject), "liennghia1", "demo");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String viaRest = json.readTree(posted.body()).path("caseId").asText();

        // 3. Kafka
        String eventId = "dump-" + UUID.randomUUID();
        try (KafkaTestClient client = new KafkaTestClient(bootstrapServers)) {
            client.submitPetition(eventId, eventId, petition(kafka, subject));
        }
        String viaKafka = Awaitility.await("the Kafka petition's case").atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("SELECT case_id FROM petition_case WHERE source_event_id = ?").param(eventId)
                        .query(String.class).optional().orElse(null), id -> id != null);

        // 4. the portal, with consent, an e-mail and a PDF that names the citizen in its (uncompressed) text
        var filed = http.postMultipart("/api/public/petitions", List.of(
                Part.json("petition", """
                        {"unitCode": "liennghia", "type": "FEEDBACK", "subject": "%s", "content": "Đèn đường hỏng.",
                         "petitioner": {"fullName": "%s", "phone": "%s", "address": "%s", "email": "%s"},
                         "consent": true}""".formatted(subject, portal.name(), portal.phone(), portal.address(), portal.email())),
                Part.file("attachments", "don.pdf", "application/pdf", pdfNaming(portal))),
                Map.of("X-Forwarded-For", "10.21.0." + (1 + random.nextInt(200))));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String viaPortal = jdbc.sql("SELECT case_id FROM petition_case WHERE tracking_code = ?")
                .param(json.readTree(filed.body()).path("trackingCode").asText()).query(String.class).single();

        List<String> cases = List.of(viaTasklist, viaRest, viaKafka, viaPortal);
        // the officers read each petitioner back: stored encrypted, not lost
        Map<String, Person> byCase = Map.of(viaTasklist, tasklist, viaRest, rest, viaKafka, kafka, viaPortal, portal);
        for (String caseId : cases) {
            var view = json.readTree(http.get("/api/cases/" + caseId, "liennghia1", "demo").body()).path("petitioner");
            assertThat(view.path("fullName").asText()).as(caseId).isEqualTo(byCase.get(caseId).name());
            assertThat(view.path("phone").asText()).isEqualTo(byCase.get(caseId).phone());
            assertThat(view.path("address").asText()).isEqualTo(byCase.get(caseId).address());
        }
        // every case's receipt, which prints the petitioner, is issued before the dump
        Awaitility.await("the receipts").atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("""
                SELECT count(DISTINCT subject_id) FROM document WHERE kind = 'RECEIPT' AND subject_id IN (:cases)""")
                .param("cases", cases).query(Long.class).single() == cases.size());
        assertThat(jdbc.sql("SELECT count(*) FROM act_ru_execution WHERE business_key_ IN (:cases)").param("cases", cases)
                .query(Long.class).single()).as("every case has its running process").isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("SELECT legal_basis FROM petition_case WHERE case_id IN (:cases) ORDER BY case_id")
                .param("cases", List.of(viaTasklist, viaRest, viaKafka)).query(String.class).list())
                .containsOnly("LEGAL_DUTY");
        assertThat(jdbc.sql("SELECT legal_basis FROM petition_case WHERE case_id = ?").param(viaPortal)
                .query(String.class).single()).isEqualTo("CONSENT");

        List<String> needles = new ArrayList<>();
        List.of(tasklist, rest, kafka, portal).forEach(p -> needles.addAll(p.needles()));
        // the scan is able to see: the subject, not personal data, is stored in plain text and found
        needles.add(subject);
        List<DatabaseScan.Hit> hits = DatabaseScan.find(dataSource, needles);
        assertThat(hits).as("the scan finds plain text where it is").anySatisfy(hit -> {
            assertThat(hit.needle()).isEqualTo(subject);
            assertThat(hit.where()).isEqualTo("public.petition_case.subject");
        });
        assertThat(hits.stream().filter(hit -> !hit.needle().equals(subject)).toList())
                .as("personal data in plain text in the database").isEmpty();

        String dump = pgDump();
        if (dump != null) {
            assertThat(dump).contains(subject);
            for (String needle : needles.subList(0, needles.size() - 1)) {
                assertThat(dump.toLowerCase(java.util.Locale.ROOT)).as("pg_dump").doesNotContain(needle.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    private String petition(Person person, String subject) {
        return """
                {"unitCode": "liennghia", "channel": "HOTLINE", "subject": "%s", "content": "Phản ánh qua đường dây nóng.",
                 "petitioner": {"fullName": "%s", "phone": "%s", "address": "%s"}}"""
                .formatted(subject, person.name(), person.phone(), person.address());
    }

    /** A one-page PDF whose content stream holds the citizen's name and phone as plain text. */
    private static byte[] pdfNaming(Person person) {
        String text = "(" + NameHash.normalise(person.name()) + " " + person.phone() + ") Tj";
        String stream = "BT /F1 12 Tf 72 720 Td " + text + " ET";
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * {@code pg_dump} of the database when this machine has it (Debian's postgresql-client; the
     * embedded binaries do not include it), else null: the JDBC scan above is the test either way.
     */
    private String pgDump() throws Exception {
        Path binary = List.of(Path.of("/usr/lib/postgresql/15/bin/pg_dump"), Path.of("/usr/bin/pg_dump")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (binary == null) {
            System.out.println("PersonalDataDumpIT: no pg_dump on this machine; the JDBC scan alone was made");
            return null;
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Path out = Files.createTempFile("danvan-dump", ".sql");
        try {
            Process process = new ProcessBuilder(binary.toString(), "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()),
                    "-U", "postgres", "--no-owner", "-f", out.toString(), uri.getPath().substring(1))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            if (process.exitValue() != 0) {
                System.out.println("PersonalDataDumpIT: pg_dump failed (" + output.strip() + "); the JDBC scan alone was made");
                return null;
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private String word(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private String digits(int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
