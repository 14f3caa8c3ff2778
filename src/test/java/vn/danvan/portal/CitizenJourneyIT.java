package vn.danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.CaseVariables;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.support.Browser;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Tasklist;
import vn.danvan.support.TestServers;

/**
 * The citizen's door end to end, on a phone-sized screen: a citizen files with a photo and gets the
 * tracking code and receipt; the commune's officer sees the case and the photo in Tasklist; the
 * citizen is told by e-mail at a real SMTP server; after the officer's steps the status page shows
 * the progress; the citizen rates the closed case. The screenshots of docs/citizen.md come from here
 * (target/screenshots/citizen-journey).
 */
@DanvanIntegrationTest
class CitizenJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenFilesFromAPhoneWithAPhotoIsToldFollowsTheCaseAndRatesIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String subject = "Đèn đường hỏng trước nhà văn hóa thôn 3 (" + run + ")";
        String email = "mai." + run + "@example.vn";
        Path photo = photo(Files.createTempDirectory("danvan-photo").resolve("den-duong-hong.png"));
        String portal = "http://localhost:" + port + "/portal";

        // 1. the citizen files from a phone, with a photo, and gets the tracking code and the receipt
        String trackingCode;
        try (Browser phone = Browser.phone("citizen-journey")) {
            phone.behindProxyAs("10.77." + (run.hashCode() & 0x7f) + ".9");
            phone.get(portal);
            phone.await(By.cssSelector("#unitCode option[value='hiepan']"));
            new Select(phone.await(By.id("unitCode"))).selectByValue("hiepan");
            phone.await(By.id("type-FEEDBACK")).click();
            phone.await(By.id("subject")).sendKeys(subject);
            phone.await(By.id("content")).sendKeys("Đèn đường trước nhà văn hóa thôn 3 đã hỏng hai tuần, buổi tối "
                    + "đường rất tối, học sinh đi học về không an toàn. Đề nghị xã cho sửa sớm.");
            phone.await(By.id("fullName")).sendKeys("Ka Thị Mai");
            phone.await(By.id("phone")).sendKeys("0977 222 333");
            phone.await(By.id("email")).sendKeys(email);
            phone.await(By.id("consent")).click();
            phone.attach(By.id("attachments"), photo);
            phone.screenshot("01-portal-form");
            phone.await(By.id("send")).click();

            WebElement code = phone.await(By.id("tracking-code"));
            trackingCode = await().atMost(CaseDriver.PATIENCE).until(code::getText, text -> !text.isBlank());
            assertThat(phone.await(By.id("receipt-link")).getAttribute("href"))
                    .contains("/api/public/cases/" + trackingCode + "/documents/");
            phone.screenshot("02-portal-filed");
        }
        String caseId = jdbc.sql("SELECT case_id FROM petition_case WHERE tracking_code = ?").param(trackingCode)
                .query(String.class).single();
        assertThat(jdbc.sql("SELECT channel FROM petition_case WHERE case_id = ?").param(caseId).query(String.class)
                .single()).isEqualTo("ONLINE");

        // 2. the commune's officer sees the case and the photo in Tasklist
        CaseDriver driver = new CaseDriver(engine);
        String taskId = driver.awaitTask(caseId, PetitionCommuneProcess.TASK_CLASSIFY).getId();
        try (Browser browser = Browser.open("citizen-journey-officer")) {
            new Tasklist(browser, port).signIn("hiepan1", "demo");
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId
                    + "&detailsTab=danvan-documents");
            browser.awaitText(By.cssSelector(".danvan-tracking-code"), trackingCode);
            WebElement link = browser.await(By.cssSelector("a.danvan-attachment"));
            assertThat(link.getText()).isEqualTo("den-duong-hong.png");
            assertThat(browser.await(By.cssSelector(".danvan-attachments")).getText()).contains("Công dân gửi");
            browser.screenshot("01-case-tab-with-photo");
            // the photo downloads with the officer's session, as the citizen sent it
            Object size = browser.script("""
                    return fetch(arguments[0], {credentials: 'same-origin'}).then(r => {
                      if (!r.ok || !r.headers.get('Content-Type').startsWith('image/png')) throw new Error(r.status + ' ' + r.headers.get('Content-Type'));
                      return r.arrayBuffer();
                    }).then(buffer => buffer.byteLength);""", link.getAttribute("href"));
            assertThat(((Number) size).longValue()).isEqualTo(Files.size(photo));
        }

        // 3. the citizen is told by e-mail that the petition was received
        MimeMessage received = await().atMost(CaseDriver.PATIENCE).until(() -> TestServers.mailsTo(email), list -> !list.isEmpty())
                .get(0);
        assertThat(received.getSubject()).isEqualTo("Đơn " + trackingCode + " đã được tiếp nhận");
        assertThat(received.getContent().toString()).contains("/portal/cases/" + trackingCode);

        // 4. the officer's steps; the status page shows the progress
        driver.complete(caseId, PetitionCommuneProcess.TASK_CLASSIFY,
                CaseDriver.classification("FEEDBACK", "INFRASTRUCTURE", false, false));
        driver.complete(caseId, PetitionCommuneProcess.TASK_DECIDE_HANDLING,
                Map.of(PetitionCommuneProcess.HANDLING, "LOCAL"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_RESOLVE_LOCALLY,
                Map.of(PetitionCommuneProcess.VERIFICATION_NOTES, "Đã kiểm tra tại thôn 3",
                CaseVariables.OUTCOME, "ANSWERED", CaseVariables.CONCLUSION, "Xã đã thay bóng đèn và sửa đường dây"));
        driver.complete(caseId, PetitionCommuneProcess.TASK_INFORM_CITIZEN,
                Map.of(PetitionCommuneProcess.NOTIFICATION_METHOD, "PHONE"));

        try (Browser phone = Browser.phone("citizen-journey")) {
            phone.behindProxyAs("10.77." + (run.hashCode() & 0x7f) + ".9");
            phone.get(portal + "/cases/" + trackingCode);
            phone.awaitText(By.id("steps"), "Thông báo kết quả, đóng hồ sơ");
            assertThat(phone.await(By.id("steps")).getText()).contains("Tiếp nhận đơn", "Phân loại, xử lý đơn",
                    "Có kết quả giải quyết");
            phone.screenshot("03-portal-status");

            // 5. the citizen rates the closed case
            phone.await(By.cssSelector("label:has(#star-5)")).click();
            phone.await(By.id("comment")).sendKeys("Xã sửa nhanh, cảm ơn các anh chị.");
            phone.await(By.id("rate")).click();
            phone.awaitText(By.id("rated"), "5");
            phone.screenshot("04-portal-rated");
        }
        assertThat(jdbc.sql("SELECT rating FROM petition_case WHERE case_id = ?").param(caseId).query(Integer.class)
                .single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM case_timeline WHERE case_id = ? AND action = 'rated'").param(caseId)
                .query(Long.class).single()).isEqualTo(1);
    }

    /** A small photo-like PNG: a street light on a dark road. */
    private static Path photo(Path file) throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 24, 40));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.GRAY);
        g.fillRect(300, 80, 12, 380);
        g.setColor(new Color(90, 90, 60));
        g.fillOval(280, 60, 60, 30);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

}
