package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.support.Browser;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

/**
 * A leader opens the dashboard and finds the whole II.2.2 scorecard: one line per target district-wide,
 * with the figure the API gives, its goal and source, and a five-year trend chart; then the unit lines.
 * Screenshots go to target/screenshots/scorecard/.
 */
@DanvanIntegrationTest
class ScorecardPageIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Test
    void aLeaderSeesEveryTargetWithItsFigureAndTrend() throws Exception {
        try (Browser browser = Browser.open("scorecard")) {
            browser.get("http://localhost:" + port + "/dashboard");
            browser.await(By.id("username")).sendKeys("lanhdao1");
            browser.await(By.id("password")).sendKeys("demo");
            browser.await(By.cssSelector("button[type=submit]")).click();
            browser.await(By.cssSelector("body[data-loaded]"));
            // the page against the API's answer of the same moment: the events of earlier tests may still be
            // moving a figure, so the page is loaded again until it agrees with an answer read just before
            await().atMost(CaseDriver.PATIENCE).untilAsserted(() -> pageShows(browser, scorecard()));
            browser.script("document.getElementById('targets').scrollIntoView()");
            browser.screenshot("01-scorecard");
        }
    }

    private List<JsonNode> scorecard() throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        json.readTree(new Http(port).get("/api/dashboard/scorecard", "lanhdao1", "demo").body()).forEach(rows::add);
        return rows;
    }

    private void pageShows(Browser browser, List<JsonNode> rows) {
        Set<String> targets = new LinkedHashSet<>();
        rows.forEach(row -> targets.add(row.path("target").asText()));
        assertThat(targets).contains("PEOPLE_GATHERED", "SUPERVISION_CAMPAIGNS", "PETITIONS_ON_TIME");
        browser.get("http://localhost:" + port + "/dashboard");
        browser.await(By.cssSelector("body[data-loaded]"));
        browser.awaitText(By.id("targets-table"), "Mục tiêu");
        List<WebElement> lines = browser.findAll(By.cssSelector("#targets-table tbody tr"));
        assertThat(lines.stream().map(line -> line.getAttribute("data-target")).toList())
                .containsExactlyInAnyOrderElementsOf(targets);
        for (WebElement line : lines) {
            String target = line.getAttribute("data-target");
            JsonNode district = rows.stream().filter(r -> r.path("target").asText().equals(target)
                    && r.path("unitCode").asText().equals(Scorecard.DISTRICT)).findFirst().orElseThrow();
            List<WebElement> cells = line.findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).as(target).isEqualTo(shown(district.path("value")));
            assertThat(cells.get(3).getText()).isEqualTo(district.path("met").asBoolean() ? "Đạt" : "Chưa đạt");
            assertThat(line.findElements(By.cssSelector("canvas#trend-" + target))).hasSize(1);
        }
        assertThat(browser.findAll(By.cssSelector("#targets-units tbody tr")))
                .hasSize((int) rows.stream().filter(r -> !Scorecard.DISTRICT.equals(r.path("unitCode").asText())).count());
    }

    private static String shown(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "—" : value.decimalValue().stripTrailingZeros().toPlainString();
    }
}
