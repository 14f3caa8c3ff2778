package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.support.Browser;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Tasklist;

/**
 * The plan and its approval in the real Tasklist: the start form with its date fields, and the
 * approval form. Screenshots go to target/screenshots/dialogue-tasklist/.
 */
@DanvanIntegrationTest
class DialogueTasklistIT {

    static final String THEMES = "Chợ Hiệp An và vệ sinh môi trường";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommuneOfficerPlansAConferenceInTasklistAndItsPartyCommitteeApprovesIt() throws Exception {
        LocalDate day = WorkingCalendar.dayOf(java.time.Instant.now()).plusDays(21);
        try (Browser browser = Browser.open("dialogue-tasklist")) {
            Tasklist tasklist = new Tasklist(browser, port);
            tasklist.signIn("hiepan1", "demo");
            tasklist.openStartForm("Hội nghị đối thoại với nhân dân");
            tasklist.field("themes", THEMES);
            date(browser, "plannedDate", day);
            tasklist.field("place", "Hội trường UBND xã Hiệp An");
            tasklist.field("leaders", "Bí thư Đảng ủy, Chủ tịch UBND xã");
            date(browser, "questionDeadline", day.minusDays(7));
            browser.screenshot("01-plan");
            tasklist.start();

            Map<String, Object> conference = await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql(
                    "SELECT conference_id, planned_date, question_deadline, status FROM dialogue_conference WHERE themes = ?")
                    .param(THEMES).query().listOfRows(), rows -> rows.size() == 1).get(0);
            String id = (String) conference.get("conference_id");
            assertThat(((java.sql.Date) conference.get("planned_date")).toLocalDate()).isEqualTo(day);
            assertThat(((java.sql.Date) conference.get("question_deadline")).toLocalDate()).isEqualTo(day.minusDays(7));

            // Hiệp An's Party committee approves Hiệp An's plan
            tasklist.signIn("hiepandanguy1", "demo");
            tasklist.openAndClaim(new CaseDriver(engine).awaitTask(id,
                    DialogueConferenceProcess.TASK_APPROVE_PLAN).getId());
            assertThat(browser.pageSource()).contains(id).contains(THEMES).contains(Dates.shown(day));
            tasklist.tick("approval", 0);
            browser.screenshot("02-approve");
            tasklist.complete();
            await().atMost(CaseDriver.PATIENCE).until(() -> "COLLECTING".equals(new ConferenceDriver(engine, jdbc).status(id)));
        }
    }

    /** form-js date fields take the date typed as month/day/year. */
    private static void date(Browser browser, String key, LocalDate day) {
        By input = By.cssSelector("input[id*='-Field_" + key + "_1']");
        browser.type(input, DateTimeFormatter.ofPattern("MM/dd/yyyy").format(day));
        browser.await(input).sendKeys(Keys.ENTER);
    }
}
