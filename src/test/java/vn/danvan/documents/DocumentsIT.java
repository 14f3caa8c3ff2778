package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.openqa.selenium.By;
import vn.danvan.petition.CaseVariables;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.petition.PetitionDistrictProcess;
import vn.danvan.support.Browser;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;
import vn.danvan.support.PdfReading;
import vn.danvan.support.Petitions;
import vn.danvan.support.Tasklist;

/**
 * Official documents end to end on the shared application: issued from the steps' events, numbered,
 * rendered, stored, linked and served through every door; read back with PDFBox and ZXing.
 */
@DanvanIntegrationTest
class DocumentsIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DocumentIssuing issuing;

    @Autowired
    CaseDrafts caseDrafts;

    @Autowired
    vn.danvan.petition.PetitionCases cases;

    @Test
    void aPetitionThroughRestGetsANumberedReceiptWithItsTrackingCodeAndAQrCodeOfItsStatusPage() throws Exception {
        HttpResponse<String> submitted = http().postJson("/api/petitions", """
                {"unitCode": "hiepan", "channel": "WALK_IN", "subject": "Đường liên thôn xuống cấp",
                 "content": "Đề nghị sửa đường liên thôn 3 - 4.",
                 "petitioner": {"fullName": "Trần Thị Hương", "phone": "0905 111 222", "address": "Thôn 4, Hiệp An"}}""",
                "hiepan1", "demo");
        assertThat(submitted.statusCode()).isEqualTo(201);
        JsonNode answer = json.readTree(submitted.body());
        String caseId = answer.path("caseId").asText();
        String trackingCode = answer.path("trackingCode").asText();
        String receipt = answer.path("receipt").asText();
        assertThat(receipt).startsWith("/api/cases/" + caseId + "/documents/");

        HttpResponse<byte[]> pdf = awaitDocument(receipt, "hiepan1");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        String text = PdfReading.text(pdf.body());
        JsonNode listed = json.readTree(http().get("/api/cases/" + caseId + "/documents", "hiepan1", "demo").body());
        assertThat(listed).hasSize(1);
        JsonNode entry = listed.get(0);
        assertThat(entry.path("kind").asText()).isEqualTo("RECEIPT");
        assertThat(entry.path("number").asText()).matches("\\d{2,}/GBN-UBND");
        assertThat(entry.path("issuedBy").asText()).isEqualTo("hiepan1");
        assertThat(entry.path("sha256").asText()).isEqualTo(Hashes.sha256(pdf.body()));
        assertThat(pdf.headers().firstValue("ETag")).hasValue("\"" + entry.path("sha256").asText() + "\"");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "GIẤY BIÊN NHẬN",
                "Trần Thị Hương", "Đường liên thôn xuống cấp", "Hiệp An, ngày", trackingCode, caseId,
                entry.path("number").asText());
        assertThat(PdfReading.fonts(pdf.body())).isNotEmpty().allMatch(font -> font.endsWith("embedded=true"))
                .allMatch(font -> font.contains("LiberationSerif"));
        assertThat(PdfReading.metadata(pdf.body())).contains("pdfaid:part", "2").contains("pdfaid:conformance", "B");
        assertThat(PdfReading.qrCode(pdf.body())).isEqualTo("http://localhost:8080/portal/cases/" + trackingCode);

        // on the case's timeline, and on danvan.cases with the number, id and hash, in the case's order
        JsonNode timeline = json.readTree(http().get("/api/cases/" + caseId, "hiepan1", "demo").body()).path("timeline");
        JsonNode note = stream(timeline).filter(t -> t.path("action").asText().equals("document-issued")).findFirst()
                .orElseThrow();
        assertThat(note.path("note").asText()).contains(entry.path("number").asText());
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, byte[]>> issued = kafka.awaitRecords("danvan.cases",
                    r -> caseId.equals(r.key()) && "vn.danvan.document.issued".equals(KafkaTestClient.header(r, "ce_type")),
                    1, CaseDriver.PATIENCE);
            JsonNode data = json.readTree(KafkaTestClient.value(issued.get(0)));
            assertThat(KafkaTestClient.header(issued.get(0), "ce_source")).isEqualTo("/danvan/documents");
            assertThat(data.path("kind").asText()).isEqualTo("RECEIPT");
            assertThat(data.path("documentId").asText()).isEqualTo(entry.path("documentId").asText());
            assertThat(data.path("number").asText()).isEqualTo(entry.path("number").asText());
            assertThat(data.path("sha256").asText()).isEqualTo(entry.path("sha256").asText());
            assertThat(data.path("sequence").asInt()).isEqualTo(note.path("sequence").asInt());
            assertThat(KafkaTestClient.value(issued.get(0))).doesNotContain("Trần Thị Hương");
        }
    }

    @Test
    void everyDoorGivesAReceiptTheKafkaIntakeAndTheTasklistStartFormToo() throws Exception {
        String externalId = "documents-" + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.submitPetition(externalId, externalId, Petitions.json("daloan", "Hỏi về chế độ người có công"));
        }
        String viaKafka = await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql(
                "SELECT case_id FROM petition_case WHERE source_event_id = ?").param(externalId).query(String.class)
                .optional().orElse(null), id -> id != null);

        engine.getIdentityService().setAuthentication("hiepan1", List.of("hiepan"));
        String instance;
        try {
            instance = engine.getRuntimeService().startProcessInstanceByKey(PetitionCommuneProcess.KEY, Map.of(
                    PetitionCommuneProcess.PETITIONER_NAME, "Ka Hòa", PetitionCommuneProcess.PETITIONER_PHONE,
                    "0987 000 111", PetitionCommuneProcess.PETITIONER_ADDRESS, "Thôn Đại Ninh",
                    CaseVariables.SUBJECT, "Xin xác nhận hộ cận nghèo", CaseVariables.CONTENT,
                    "Gia đình tôi đề nghị xác nhận hộ cận nghèo.",
                    PetitionCommuneProcess.CHANNEL, "WALK_IN")).getId();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        String viaStartForm = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getBusinessKey();

        assertThat(PdfReading.text(receiptOf(viaKafka, "admin"))).contains("GIẤY BIÊN NHẬN", "Nguyễn Văn Bình",
                "Hỏi về chế độ người có công", "Trực tuyến");
        String text = PdfReading.text(receiptOf(viaStartForm, "hiepan1"));
        assertThat(text).contains("GIẤY BIÊN NHẬN", "Ka Hòa", "Xin xác nhận hộ cận nghèo", "NGƯỜI NHẬN ĐƠN", "K' Brơi");
    }

    @Test
    void aRedeliveredEventIssuesNothingTwice() throws Exception {
        String caseId = submit("ninhloan", "Ô nhiễm tiếng ồn từ xưởng cưa");
        byte[] first = receiptOf(caseId, "admin");
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, byte[]> received = kafka.readAll("danvan.cases", r -> caseId.equals(r.key())
                    && "vn.danvan.case.received".equals(KafkaTestClient.header(r, "ce_type"))).get(0);
            Map<String, String> headers = new HashMap<>();
            received.headers().forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
            var again = kafka.send("danvan.cases", caseId, received.value(), headers);
            kafka.awaitProcessed("danvan-documents", again, CaseDriver.PATIENCE);
        }
        JsonNode listed = json.readTree(http().get("/api/cases/" + caseId + "/documents", "admin", "demo").body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("sha256").asText()).isEqualTo(Hashes.sha256(first));
        assertThat(jdbc.sql("SELECT count(*) FROM case_timeline WHERE case_id = ? AND action = 'document-issued'")
                .param(caseId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentIssuesAtOneUnitGetFiftyDistinctConsecutiveNumbersAndARollbackGivesItsNumberBack() throws Exception {
        String caseId = submit("phuhoi", "Đề nghị nâng cấp trạm y tế");
        receiptOf(caseId, "admin");
        var data = new vn.danvan.messaging.contract.CaseEventData(caseId, null, "COMMUNE", "phuhoi", "phuhoi", "ACCEPTED",
                "RECOMMENDATION", null, null, null, "ON_TIME", "ONLINE", null, null, null, "COMMUNE", "phuhoi", null,
                "admin", 1, null);
        var c = cases.get(caseId);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<RegisterEntry>> issued = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                issued.add(pool.submit(() -> transaction.execute(status -> issuing.issue(caseDrafts.draft(
                        DocumentKind.ACCEPTANCE_NOTICE, UUID.randomUUID().toString(), data, c, null)))));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<RegisterEntry> f : issued) {
                numbers.add(Integer.parseInt(f.get(2, TimeUnit.MINUTES).number().split("/")[0]));
            }
            numbers.sort(null);
            assertThat(numbers).doesNotHaveDuplicates().hasSize(50);
            assertThat(numbers.get(49) - numbers.get(0)).as("consecutive").isEqualTo(49);
        } finally {
            pool.shutdownNow();
        }
        int last = jdbc.sql("SELECT last_value FROM document_number WHERE unit_code = 'phuhoi' AND symbol = 'TB'")
                .query(Integer.class).single();
        transaction.executeWithoutResult(status -> {
            issuing.issue(caseDrafts.draft(DocumentKind.ACCEPTANCE_NOTICE, UUID.randomUUID().toString(), data, c, null));
            status.setRollbackOnly();
        });
        RegisterEntry next = transaction.execute(status -> issuing.issue(caseDrafts.draft(DocumentKind.ACCEPTANCE_NOTICE,
                UUID.randomUUID().toString(), data, c, null)));
        assertThat(next.number()).isEqualTo("%02d/TB-UBND".formatted(last + 1));
    }

    @Test
    void citizensTextIsPrintedAsItsLettersNeverAsMarkupAndControlCharactersShowTheirCode() throws Exception {
        String hostile = "<script>alert('đơn')</script> <b>đậm</b> &amp; \\u0007chuông ${7*7}";
        HttpResponse<String> submitted = http().postJson("/api/petitions", """
                {"unitCode": "tahine", "channel": "ONLINE", "subject": "%s", "content": "Nội dung",
                 "petitioner": {"fullName": "Ka <i>Nhung</i>", "address": "Thôn 1 \\u001b[31m"}}""".formatted(hostile),
                "admin", "demo");
        assertThat(submitted.statusCode()).isEqualTo(201);
        String text = PdfReading.flatText(receiptOf(json.readTree(submitted.body()).path("caseId").asText(), "admin"));
        assertThat(text).contains("<script>alert('đơn')</script> <b>đậm</b> &amp; [U+0007]chuông ${7*7}",
                "Ka <i>Nhung</i>", "Thôn 1 [U+001B][31m");
    }

    @Test
    void aTemplateThatDoesNotRenderIsRefusedNamingItsLineAndAGoodOneTakesEffectWithoutChangingEarlierDocuments()
            throws Exception {
        String caseId = submit("tanthanh", "Đề nghị lắp đèn đường");
        byte[] before = receiptOf(caseId, "admin");
        String source = http().get("/api/documents/templates/RECEIPT", "admin", "demo").body();
        assertThat(source).contains("GIẤY BIÊN NHẬN");

        HttpResponse<String> unclosed = http().putText("/api/documents/templates/RECEIPT",
                source.replace("<h1>GIẤY BIÊN NHẬN</h1>", "<h1>GIẤY BIÊN NHẬN"), "text/html", "admin", "demo");
        assertThat(unclosed.statusCode()).isEqualTo(400);
        int h1Line = lineOf(source, "<h1>GIẤY BIÊN NHẬN</h1>");
        assertThat(json.readTree(unclosed.body()).path("line").asInt()).isEqualTo(h1Line);
        assertThat(json.readTree(unclosed.body()).path("detail").asText()).startsWith("line " + h1Line)
                .contains("well-formed", "<h1>");

        HttpResponse<String> badExpression = http().putText("/api/documents/templates/RECEIPT",
                source.replace("${petition.caseId}", "${petition.nosuch.deeper}"), "text/html", "admin", "demo");
        assertThat(badExpression.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badExpression.body()).path("line").asInt()).isEqualTo(lineOf(source, "${petition.caseId}"));

        HttpResponse<String> unescaped = http().putText("/api/documents/templates/RECEIPT",
                source.replace("th:text=\"${petition.subject}\"", "th:utext=\"${petition.subject}\""), "text/html",
                "admin", "demo");
        assertThat(unescaped.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unescaped.body()).path("reason").asText()).contains("th:text");

        assertThat(http().putText("/api/documents/templates/RECEIPT", source, "text/html", "hiepan1", "demo").statusCode())
                .isEqualTo(403);
        assertThat(http().putText("/api/documents/templates/NO_SUCH_KIND", source, "text/html", "admin", "demo")
                .statusCode()).isEqualTo(404);

        HttpResponse<String> good = http().putText("/api/documents/templates/RECEIPT",
                source.replace("<h1>GIẤY BIÊN NHẬN</h1>", "<h1>GIẤY BIÊN NHẬN ĐƠN</h1>"), "text/html", "admin", "demo");
        try {
            assertThat(good.statusCode()).isEqualTo(201);
            int version = json.readTree(good.body()).path("version").asInt();
            String later = submit("tanthanh", "Đề nghị lắp thêm đèn đường");
            assertThat(PdfReading.text(receiptOf(later, "admin"))).contains("GIẤY BIÊN NHẬN ĐƠN");
            JsonNode laterEntry = json.readTree(http().get("/api/cases/" + later + "/documents", "admin", "demo").body()).get(0);
            assertThat(laterEntry.path("templateVersion").asInt()).isEqualTo(version);
            HttpResponse<byte[]> earlier = http().getBytes(
                    "/api/cases/" + caseId + "/documents/" + json.readTree(http().get("/api/cases/" + caseId + "/documents",
                            "admin", "demo").body()).get(0).path("documentId").asText(), "admin", "demo");
            assertThat(earlier.body()).isEqualTo(before);
        } finally {
            assertThat(http().putText("/api/documents/templates/RECEIPT", source, "text/html", "admin", "demo")
                    .statusCode()).isEqualTo(201);
        }
    }

    @Test
    void unknownDocumentsAnotherCasesDocumentAndAForeignOfficerAllGet404() throws Exception {
        String caseId = submit("lienhiep", "Hỏi về hỗ trợ giống cây trồng");
        String other = submit("lienhiep", "Hỏi về hỗ trợ phân bón");
        receiptOf(caseId, "admin");
        receiptOf(other, "admin");
        String otherReceipt = json.readTree(http().get("/api/cases/" + other + "/documents", "admin", "demo").body())
                .get(0).path("documentId").asText();

        assertThat(http().getBytes("/api/cases/" + caseId + "/documents/" + UUID.randomUUID(), "admin", "demo")
                .statusCode()).isEqualTo(404);
        assertThat(http().getBytes("/api/cases/" + caseId + "/documents/not-a-uuid", "admin", "demo").statusCode())
                .isEqualTo(404);
        assertThat(http().getBytes("/api/cases/" + caseId + "/documents/" + otherReceipt, "admin", "demo").statusCode())
                .as("a document of another case is no document of this one").isEqualTo(404);
        assertThat(http().get("/api/cases/" + caseId + "/documents", "hiepan1", "demo").statusCode()).isEqualTo(404);
        assertThat(http().getBytes("/api/cases/" + other + "/documents/" + otherReceipt, "hiepan1", "demo").statusCode())
                .isEqualTo(404);
        assertThat(http().get("/api/cases/" + caseId + "/documents").statusCode()).isEqualTo(401);
        assertThat(http().get("/api/cases/NO-SUCH-CASE/documents", "admin", "demo").statusCode()).isEqualTo(404);
        assertThat(http().get("/api/dialogues/NO-SUCH/documents", "admin", "demo").statusCode()).isEqualTo(404);
        assertThat(http().get("/api/supervisions/NO-SUCH/documents", "admin", "demo").statusCode()).isEqualTo(404);
    }

    @Test
    void aComplaintCarriesItsPapersFromStepToStepAndTheCitizenSeesOnlyThoseAddressedToThem() throws Exception {
        CaseDriver driver = new CaseDriver(engine);
        HttpResponse<String> submitted = http().postJson("/api/petitions",
                Petitions.json("binhthanh", "Khiếu nại quyết định thu hồi đất"), "admin", "demo");
        String caseId = json.readTree(submitted.body()).path("caseId").asText();
        String trackingCode = json.readTree(submitted.body()).path("trackingCode").asText();
        completeAs(driver, "admin", caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("COMPLAINT", "LAND", false, true));
        completeAs(driver, "admin", caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD",
                CaseVariables.FORWARD_REASON, "Quyết định do UBND huyện ban hành"));
        completeAs(driver, "huyen1", caseId, PetitionDistrictProcess.TASK_ACCEPT,
                Map.of(PetitionDistrictProcess.ACCEPTANCE, "ACCEPT"));
        completeAs(driver, "huyen1", caseId, PetitionDistrictProcess.TASK_RESOLVE,
                Map.of(PetitionDistrictProcess.RESOLUTION, "RESOLVE",
                CaseVariables.OUTCOME, "PARTLY_UPHELD", CaseVariables.CONCLUSION, "Điều chỉnh mức bồi thường",
                PetitionDistrictProcess.DECISION_NUMBER, "125/QĐ-UBND"));
        completeAs(driver, "admin", caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "MAIL"));

        List<String> kinds = List.of("RECEIPT", "TRANSFER_SLIP", "ACCEPTANCE_PROPOSAL", "ACCEPTANCE_NOTICE", "RESOLUTION",
                "RESULT_NOTICE");
        JsonNode listed = await().atMost(CaseDriver.PATIENCE).until(() -> json.readTree(http().get(
                "/api/cases/" + caseId + "/documents", "admin", "demo").body()), list -> list.size() == kinds.size());
        assertThat(listed.findValuesAsText("kind")).containsExactlyElementsOf(kinds);
        JsonNode resolution = stream(listed).filter(d -> d.path("kind").asText().equals("RESOLUTION")).findFirst().orElseThrow();
        assertThat(resolution.path("number").asText()).matches("\\d{2,}/QĐ-BTCD");
        String resolutionText = PdfReading.text(http().getBytes(resolution.path("url").asText(), "admin", "demo").body());
        assertThat(resolutionText).contains("QUYẾT ĐỊNH", "Về việc giải quyết khiếu nại", "Điều chỉnh mức bồi thường",
                "Đơn đúng một phần", "BAN TIẾP CÔNG DÂN", "Đức Trọng, ngày");

        JsonNode status = json.readTree(http().get("/api/public/cases/" + trackingCode).body());
        assertThat(status.path("documents").findValuesAsText("kind"))
                .containsExactly("RECEIPT", "ACCEPTANCE_NOTICE", "RESULT_NOTICE");
        for (JsonNode paper : status.path("documents")) {
            HttpResponse<byte[]> pdf = http().getBytes(paper.path("url").asText(), null, null);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(PdfReading.text(pdf.body())).contains(paper.path("number").asText());
        }
        for (String internal : List.of("TRANSFER_SLIP", "ACCEPTANCE_PROPOSAL", "RESOLUTION")) {
            String id = stream(listed).filter(d -> d.path("kind").asText().equals(internal)).findFirst().orElseThrow()
                    .path("documentId").asText();
            assertThat(http().getBytes("/api/public/cases/" + trackingCode + "/documents/" + id, null, null).statusCode())
                    .as(internal + " is not addressed to the citizen").isEqualTo(404);
        }
        assertThat(http().getBytes("/api/public/cases/0000-0000-0000/documents/" + listed.get(0).path("documentId")
                .asText(), null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aDenouncerIsNamedOnlyInPapersForThemAndOnlyToTheHandlingUnit() throws Exception {
        CaseDriver driver = new CaseDriver(engine);
        HttpResponse<String> submitted = http().postJson("/api/petitions", """
                {"unitCode": "liennghia", "channel": "WALK_IN", "type": "DENUNCIATION", "subject": "Tố cáo cán bộ địa chính",
                 "content": "Cán bộ địa chính nhận tiền của dân.",
                 "petitioner": {"fullName": "Đặng Văn Tố", "phone": "0911 000 999", "address": "Tổ 3, Liên Nghĩa"}}""",
                "liennghia1", "demo");
        String caseId = json.readTree(submitted.body()).path("caseId").asText();
        completeAs(driver, "liennghia1", caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("DENUNCIATION", "OFFICIAL_CONDUCT", false, true));
        completeAs(driver, "liennghia1", caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "FORWARD",
                CaseVariables.FORWARD_REASON, "Thẩm quyền huyện"));
        JsonNode listed = await().atMost(CaseDriver.PATIENCE).until(() -> json.readTree(http().get(
                "/api/cases/" + caseId + "/documents", "huyen1", "demo").body()), list -> list.size() == 2);
        String receipt = listed.get(0).path("url").asText();
        String slip = listed.get(1).path("url").asText();
        assertThat(listed.get(1).path("kind").asText()).isEqualTo("TRANSFER_SLIP");

        String slipText = PdfReading.text(http().getBytes(slip, "liennghia1", "demo").body());
        assertThat(slipText).contains("PHIẾU CHUYỂN ĐƠN", "Tố cáo cán bộ địa chính").doesNotContain("Đặng Văn Tố")
                .doesNotContain("0911 000 999").doesNotContain("Tổ 3, Liên Nghĩa");
        assertThat(http().getBytes(receipt, "huyen1", "demo").statusCode()).as("the handling unit").isEqualTo(200);
        assertThat(http().getBytes(receipt, "liennghia1", "demo").statusCode())
                .as("the commune no longer handles it: the receipt names the denouncer").isEqualTo(404);
    }

    @Test
    void theIssuingUnitCorrectsADocumentUnderANewNumberAndTheOldOneStaysAsItWas() throws Exception {
        String caseId = submit("daquyn", "Đề nghị hỗ trợ nhà ở");
        byte[] original = receiptOf(caseId, "admin");
        JsonNode first = json.readTree(http().get("/api/cases/" + caseId + "/documents", "admin", "demo").body()).get(0);
        String path = "/api/cases/" + caseId + "/documents/" + first.path("documentId").asText() + "/corrections";

        assertThat(http().postJson(path, "", "hiepan1", "demo").statusCode()).isEqualTo(404);
        HttpResponse<String> corrected = http().postJson(path, "", "admin", "demo");
        assertThat(corrected.statusCode()).isEqualTo(201);
        JsonNode correction = json.readTree(corrected.body());
        assertThat(correction.path("supersedes").asText()).isEqualTo(first.path("documentId").asText());
        assertThat(correction.path("number").asText()).isNotEqualTo(first.path("number").asText());
        assertThat(http().postJson(path, "", "admin", "demo").statusCode()).as("the old one is superseded").isEqualTo(409);

        JsonNode listed = json.readTree(http().get("/api/cases/" + caseId + "/documents", "admin", "demo").body());
        assertThat(listed.get(0).path("supersededBy").asText()).isEqualTo(correction.path("documentId").asText());
        assertThat(http().getBytes(first.path("url").asText(), "admin", "demo").body()).isEqualTo(original);
        assertThat(PdfReading.text(http().getBytes(correction.path("url").asText(), "admin", "demo").body()))
                .contains(correction.path("number").asText(), "GIẤY BIÊN NHẬN");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> jdbc.sql(
                "UPDATE document SET number = 'x' WHERE document_id = ?::uuid").param(first.path("documentId").asText())
                .update())).hasMessageContaining("append-only");
    }

    /** As Tasklist does: the officer with their groups, so the step records them as its actor. */
    private void completeAs(CaseDriver driver, String userId, String caseId, String taskKey, Map<String, Object> variables) {
        var task = driver.awaitTask(caseId, taskKey);
        var identity = engine.getIdentityService();
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void theOfficerFindsTheTrackingCodeAndTheReceiptInTheTasklistTabAndDownloadsIt() throws Exception {
        HttpResponse<String> submitted = http().postJson("/api/petitions", """
                {"unitCode": "hiepan", "channel": "WALK_IN", "subject": "Xin hỗ trợ sửa nhà sau bão",
                 "content": "Nhà bị tốc mái.", "petitioner": {"fullName": "Ka Thị Mai", "phone": "0977 123 456"}}""",
                "hiepan1", "demo");
        String caseId = json.readTree(submitted.body()).path("caseId").asText();
        String trackingCode = json.readTree(submitted.body()).path("trackingCode").asText();
        receiptOf(caseId, "hiepan1");
        String taskId = new CaseDriver(engine).awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY).getId();

        try (Browser browser = Browser.open("documents-tab")) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.signIn("hiepan1", "demo");
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId
                    + "&detailsTab=danvan-documents");
            browser.awaitText(By.cssSelector(".danvan-tracking-code"), trackingCode);
            browser.awaitText(By.cssSelector("tr[data-kind='RECEIPT']"), "Giấy biên nhận đơn");
            assertThat(browser.await(By.cssSelector(".danvan-petitioner")).getText()).isEqualTo("Ka Thị Mai");
            assertThat(browser.await(By.cssSelector(".danvan-timeline")).getText()).contains("Tiếp nhận đơn",
                    "Ban hành văn bản");
            assertThat(browser.await(By.xpath("//ul[contains(@class,'nav-tabs')]//a[contains(., 'Hồ sơ, văn bản')]"))
                    .isDisplayed()).isTrue();
            browser.screenshot("01-case-tab");

            // the link downloads with the officer's Tasklist session, no other sign-in
            String href = browser.await(By.cssSelector("tr[data-kind='RECEIPT'] a.danvan-download")).getAttribute("href");
            String base64 = (String) browser.script("""
                    return fetch(arguments[0], {credentials: 'same-origin'}).then(r => {
                      if (!r.ok || !r.headers.get('Content-Type').startsWith('application/pdf')) throw new Error(r.status);
                      return r.arrayBuffer();
                    }).then(buffer => {
                      const bytes = new Uint8Array(buffer);
                      let text = '';
                      for (let i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                      return btoa(text);
                    });""", href);
            byte[] pdf = java.util.Base64.getDecoder().decode(base64);
            assertThat(PdfReading.text(pdf)).contains("GIẤY BIÊN NHẬN", trackingCode, "Ka Thị Mai");
        }
    }

    private String submit(String unit, String subject) throws Exception {
        HttpResponse<String> response = http().postJson("/api/petitions", Petitions.json(unit, subject), "admin", "demo");
        assertThat(response.statusCode()).isEqualTo(201);
        return json.readTree(response.body()).path("caseId").asText();
    }

    /** The case's receipt once rendered, through the address the intake's answer names. */
    private byte[] receiptOf(String caseId, String user) {
        String path = await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql("""
                SELECT event_id FROM case_timeline WHERE case_id = ? AND action = 'received'""").param(caseId)
                .query(String.class).optional().orElse(null), id -> id != null);
        return awaitDocument(SubjectType.CASE.address(caseId, DocumentIds.of(path, DocumentKind.RECEIPT).toString()), user)
                .body();
    }

    private static int lineOf(String source, String text) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in the template");
    }

    private HttpResponse<byte[]> awaitDocument(String path, String user) {
        return await().atMost(CaseDriver.PATIENCE).until(() -> http().getBytes(path, user, "demo"), response -> {
            assertThat(response.statusCode()).as("202 while rendering, then 200").isIn(200, 202);
            return response.statusCode() == 200;
        });
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private Http http() {
        return new Http(port);
    }
}
