package vn.danvan.unitreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.dashboard.Scorecard;
import vn.danvan.dashboard.ScorecardRow;
import vn.danvan.support.CaseDriver;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.KafkaTestClient;

/**
 * The scorecard's rows against their sources: the figures every unit reported for a year (its accepted
 * yearly report) and the read model's campaigns, conferences and closed petitions of that year. Goals are
 * read from their table, so the test judges with the same figures the resolution gives.
 */
@DanvanIntegrationTest
class ScorecardIT {

    static final int YEAR = 2023;
    static final String PERIOD = String.valueOf(YEAR);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Scorecard scorecard;

    @Test
    void everyRowShowsItsFigureGoalAndSourceAsReportedOrCounted() throws Exception {
        UnitReportDriver driver = new UnitReportDriver(engine, jdbc, new Http(port), json);
        List<String> units = driver.reportingUnits();
        driver.open(PERIOD, "huyen1");
        Map<String, Map<String, Object>> reported = new HashMap<>();
        List<String> fronts = jdbc.sql("SELECT code FROM unit WHERE kind = 'FRONT'").query(String.class).list();
        List<Task> tasks = driver.submitTasks(PERIOD, units.size());
        for (Task task : tasks) {
            String unit = driver.unitOf(task);
            int i = units.indexOf(unit);
            boolean front = fronts.contains(unit);
            Map<String, Object> f = UnitReportDriver.figures(90 + i % 10, 85 + i % 10, i % 3 != 0, 10, 8 + i % 3, 10,
                    9 + i % 2, i % 3, front ? 20 : 0, front ? 11 : 0, front ? 7 : 0, i % 2);
            reported.put(unit, f);
            if (!"hiepanmttq".equals(unit)) {
                engine.getTaskService().complete(task.getId(), f);
            }
        }
        HttpResponse<String> byOfficer = driver.http.postJson("/api/unit-reports/periods/" + PERIOD + "/reports/hiepanmttq",
                driver.body(reported.get("hiepanmttq")), "hiepanmttq1", "demo");
        assertThat(byOfficer.statusCode()).as(byOfficer.body()).isEqualTo(200);
        driver.acceptWaiting(PERIOD);

        // computed sources, fed to the read model as the modules publish them: a unit's campaigns, a unit's
        // conferences, a unit's petitions closed in the year (three in time, one escalated first)
        String origin = "scoretest" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            send(kafka, "danvan.supervisions", origin + "-S1", "vn.danvan.supervision.closed", "/danvan/supervision",
                    "{\"campaignId\": \"" + origin + "-S1\", \"unitCode\": \"hiepanhnd\", \"year\": " + YEAR
                            + ", \"status\": \"CLOSED\", \"actor\": \"test\", \"sequence\": 9}", "2023-10-01T02:00:00Z");
            send(kafka, "danvan.supervisions", origin + "-S2", "vn.danvan.supervision.reminded", "/danvan/supervision",
                    "{\"campaignId\": \"" + origin + "-S2\", \"unitCode\": \"hiepanhnd\", \"year\": " + YEAR
                            + ", \"status\": \"IN_PROGRESS\", \"actor\": \"test\", \"sequence\": 3}", "2023-10-01T02:00:00Z");
            send(kafka, "danvan.dialogues", origin + "-D1", "vn.danvan.dialogue.held", "/danvan/dialogue",
                    "{\"conferenceId\": \"" + origin + "-D1\", \"unitCode\": \"" + origin + "\", \"status\": \"HELD\","
                            + " \"plannedDate\": \"2023-06-15\", \"heldAt\": \"2023-06-15T02:00:00Z\", \"actor\": \"test\", \"sequence\": 4}",
                    "2023-06-15T02:00:00Z");
            send(kafka, "danvan.dialogues", origin + "-D2", "vn.danvan.dialogue.question-received", "/danvan/dialogue",
                    "{\"conferenceId\": \"" + origin + "-D2\", \"unitCode\": \"" + origin + "\", \"status\": \"PLANNED\","
                            + " \"plannedDate\": \"2023-11-15\", \"actor\": \"test\", \"sequence\": 1}", "2023-03-01T02:00:00Z");
            for (int n = 1; n <= 4; n++) {
                String caseId = origin.toUpperCase() + "-" + n;
                int sequence = 1;
                caseEvent(kafka, caseId, origin, sequence++, "received", "RECEIVED", "2023-05-02T02:00:00Z");
                if (n == 4) {
                    caseEvent(kafka, caseId, origin, sequence++, "escalated", "RECEIVED", "2023-05-20T02:00:00Z");
                }
                caseEvent(kafka, caseId, origin, sequence, "closed", "CLOSED", "2023-06-0" + n + "T02:00:00Z");
            }
        }
        await().atMost(CaseDriver.PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM dash_supervision WHERE campaign_id LIKE ?")
                .param(origin + "-%").query(Long.class).single() == 2
                && jdbc.sql("SELECT count(*) FROM dash_dialogue WHERE unit = ?").param(origin).query(Long.class).single() == 2
                && jdbc.sql("SELECT coalesce(sum(closed), 0) FROM dash_closed_bucket WHERE origin_unit = ?").param(origin)
                        .query(Long.class).single() == 4);

        HttpResponse<String> response = driver.http.get("/api/dashboard/scorecard?year=" + YEAR, "lanhdao1", "demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        driver.read(response.body()).forEach(rows::add);
        assertThat(rows).hasSameSizeAs(scorecard.rows(YEAR));

        BigDecimal gatheredGoal = goal("PEOPLE_GATHERED");
        for (String unit : units) {
            JsonNode row = row(rows, "PEOPLE_GATHERED", unit);
            BigDecimal value = new BigDecimal(reported.get(unit).get("peopleGatheredPercent").toString());
            assertThat(row.path("value").decimalValue()).isEqualByComparingTo(value);
            assertThat(row.path("goal").decimalValue()).isEqualByComparingTo(gatheredGoal);
            assertThat(row.path("met").asBoolean()).isEqualTo(value.compareTo(gatheredGoal) >= 0);
            assertThat(row.path("source").asText()).isEqualTo("REPORTED:" + PERIOD);
            JsonNode models = row(rows, "MODEL_INITIATIVES", unit);
            int count = (Integer) reported.get(unit).get("modelInitiatives");
            assertThat(models.path("value").asInt()).isEqualTo(count);
            assertThat(models.path("met").asBoolean()).isEqualTo(count >= goal("MODEL_INITIATIVES").intValue());
        }
        JsonNode mine = row(rows, "PEOPLE_GATHERED", "hiepanmttq");
        assertThat(mine.path("reportedBy").asText()).isEqualTo("hiepanmttq1");
        assertThat(mine.path("reportedAt").isNull()).isFalse();

        long trained = units.stream().mapToLong(u -> (Integer) reported.get(u).get("officersTrained")).sum();
        long officers = units.stream().mapToLong(u -> (Integer) reported.get(u).get("officersTotal")).sum();
        JsonNode districtTrained = row(rows, "OFFICERS_TRAINED", Scorecard.DISTRICT);
        assertThat(districtTrained.path("value").decimalValue()).isEqualByComparingTo(share(trained, officers));
        assertThat(districtTrained.path("met").asBoolean()).isEqualTo(trained == officers);
        assertThat(districtTrained.path("source").asText()).isEqualTo("REPORTED:" + units.size() + "/" + units.size());

        List<String> communeFronts = jdbc.sql("SELECT code FROM unit WHERE active AND kind = 'FRONT' AND level_code = 'COMMUNE'")
                .query(String.class).list();
        long typical = communeFronts.stream().mapToLong(u -> (Integer) reported.get(u).get("residentialAreasTypical")).sum();
        long areas = communeFronts.stream().mapToLong(u -> (Integer) reported.get(u).get("residentialAreasTotal")).sum();
        assertThat(row(rows, "AREAS_TYPICAL", Scorecard.DISTRICT).path("value").decimalValue())
                .isEqualByComparingTo(share(typical, areas));
        assertThat(rows.stream().filter(r -> "AREAS_TYPICAL".equals(r.path("target").asText())
                && !Scorecard.DISTRICT.equals(r.path("unitCode").asText())).map(r -> r.path("unitCode").asText()))
                .allMatch(u -> u.contains("mttq"));

        List<String> communeUnits = jdbc.sql("SELECT code FROM unit WHERE active AND kind IN ('FRONT', 'ORGANISATION') AND level_code = 'COMMUNE'")
                .query(String.class).list();
        long good = communeUnits.stream().filter(u -> (Boolean) reported.get(u).get("ratedGoodOrBetter")).count();
        JsonNode communesGood = row(rows, "UNITS_GOOD_COMMUNE", Scorecard.DISTRICT);
        assertThat(communesGood.path("value").decimalValue()).isEqualByComparingTo(share(good, communeUnits.size()));
        assertThat(communesGood.path("met").asBoolean())
                .isEqualTo(share(good, communeUnits.size()).compareTo(goal("UNITS_GOOD_COMMUNE")) > 0);

        JsonNode campaigns = row(rows, "SUPERVISION_CAMPAIGNS", "hiepanhnd");
        assertThat(campaigns.path("value").asLong()).isEqualTo(jdbc.sql("SELECT count(*) FROM dash_supervision"
                + " WHERE unit = 'hiepanhnd' AND year = ? AND status = 'CLOSED'").param(YEAR).query(Long.class).single());
        assertThat(campaigns.path("source").asText()).isEqualTo("COMPUTED:supervision-campaigns");
        JsonNode conferences = row(rows, "DIALOGUE_CONFERENCES", origin);
        assertThat(conferences.path("value").decimalValue()).isEqualByComparingTo(share(1, 2));
        assertThat(conferences.path("met").asBoolean()).isFalse();
        assertThat(conferences.path("source").asText()).isEqualTo("COMPUTED:dialogue-conferences");
        JsonNode petitions = row(rows, "PETITIONS_ON_TIME", origin);
        assertThat(petitions.path("value").decimalValue()).isEqualByComparingTo(share(3, 4));
        assertThat(petitions.path("source").asText()).isEqualTo("COMPUTED:petition-cases");
        Map<String, Object> sums = jdbc.sql("SELECT sum(on_time) AS on_time, sum(closed) AS closed FROM dash_closed_bucket"
                + " WHERE extract(year FROM closed_month) = ?").param(YEAR).query().singleRow();
        assertThat(row(rows, "PETITIONS_ON_TIME", Scorecard.DISTRICT).path("value").decimalValue()).isEqualByComparingTo(
                share(((Number) sums.get("on_time")).longValue(), ((Number) sums.get("closed")).longValue()));

        // a commune Front's officer sees its own unit's rows only; a bad year is refused naming it
        JsonNode own = driver.read(driver.http.get("/api/dashboard/scorecard?year=" + YEAR, "hiepanmttq1", "demo").body());
        assertThat(own.size()).isPositive();
        own.forEach(row -> assertThat(row.path("unitCode").asText()).isEqualTo("hiepanmttq"));
        HttpResponse<String> bad = driver.http.get("/api/dashboard/scorecard?year=20x3", "lanhdao1", "demo");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("year");

        // the public service gives the same rows to other modules, all units, no access filter
        List<ScorecardRow> service = scorecard.rows(YEAR);
        assertThat(service).filteredOn(r -> r.unitCode().equals("hiepanmttq") && r.target().equals("PEOPLE_GATHERED"))
                .singleElement().satisfies(r -> assertThat(r.reportedBy()).isEqualTo("hiepanmttq1"));
    }

    private static void send(KafkaTestClient kafka, String topic, String key, String type, String source, String data,
            String time) {
        kafka.send(topic, key, data, Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", type, "ce_source", source,
                "ce_specversion", "1.0", "ce_time", time, "content-type", "application/json"));
    }

    private static void caseEvent(KafkaTestClient kafka, String caseId, String unit, int sequence, String change,
            String status, String time) {
        send(kafka, "danvan.cases", caseId, "vn.danvan.case." + change, "/danvan/petition", """
                {"caseId": "%s", "trackingCode": "TEST-0000-0000", "level": "COMMUNE", "unitCode": "%s",
                 "originUnitCode": "%s", "status": "%s", "type": "COMPLAINT", "receivedAt": "2023-05-02T02:00:00Z",
                 "lateState": "%s", "channel": "WALK_IN", "actor": "test", "sequence": %d}"""
                .formatted(caseId, unit, unit, status, "escalated".equals(change) ? "LATE" : "ON_TIME", sequence), time);
    }

    private BigDecimal goal(String target) {
        return jdbc.sql("SELECT goal FROM scorecard_goal WHERE target = ?").param(target).query(BigDecimal.class).single();
    }

    private static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static JsonNode row(List<JsonNode> rows, String target, String unit) {
        List<JsonNode> found = rows.stream().filter(r -> target.equals(r.path("target").asText())
                && unit.equals(r.path("unitCode").asText())).toList();
        assertThat(found).as(target + " " + unit).hasSize(1);
        return found.get(0);
    }
}
