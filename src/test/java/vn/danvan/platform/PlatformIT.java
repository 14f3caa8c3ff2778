package vn.danvan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

@DanvanIntegrationTest
class PlatformIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void healthReportsDatabaseAndKafkaUp() throws Exception {
        HttpResponse<String> response = new Http(port).get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/kafka/status").asText()).isEqualTo("UP");
    }

    @Test
    void embeddedDatabaseIsDurable() {
        // A committed case must survive a power cut: zonky's embedded server defaults to fsync off.
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
    }

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void jobsAreAcquiredByDueDateOnPartialIndexes() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
        var indexes = jdbc.queryForMap("""
                SELECT max(indexdef) FILTER (WHERE indexname = 'danvan_idx_job_acquirable') AS acquirable,
                       max(indexdef) FILTER (WHERE indexname = 'danvan_idx_job_running') AS running
                FROM pg_indexes WHERE tablename = 'act_ru_job'""");
        assertThat((String) indexes.get("acquirable")).contains("(duedate_)").contains("retries_ > 0")
                .contains("suspension_state_ = 1");
        assertThat((String) indexes.get("running")).contains("(lock_exp_time_)").contains("lock_owner_ IS NOT NULL");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_job WHERE duedate_ IS NULL", Long.class))
                .as("jobs the acquisition by due date would never pick up").isZero();
    }

    @Test
    void embeddedBrokerForcesEveryAcknowledgedEventToDisk() throws Exception {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            var broker = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.BROKER, "1");
            assertThat(admin.describeConfigs(Set.of(broker)).all().get(10, TimeUnit.SECONDS).get(broker)
                    .get("log.flush.interval.messages").value()).isEqualTo("1");
        }
    }

    @Test
    void restoresExpectTheMajorVersionOfTheBundledServer() {
        // a physical backup restores only on the same major version: BackupArchive checks it against this
        assertThat(jdbc.queryForObject("SHOW server_version_num", Integer.class) / 10_000)
                .isEqualTo(vn.danvan.platform.embedded.EmbeddedPostgresServer.MAJOR_VERSION);
    }

    @Test
    void readinessForTheLoadBalancerLeavesTheBrokerOut() throws Exception {
        HttpResponse<String> response = new Http(port).get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode readiness = json.readTree(response.body());
        assertThat(readiness.path("components").has("db")).isTrue();
        assertThat(readiness.path("components").has("kafka")).isFalse();
    }

    @Test
    void engineRestRefusesAnonymousCallers() {
        HttpResponse<String> response = new Http(port).get("/engine-rest/task");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void applicationApiRefusesAnonymousCallers() {
        assertThat(new Http(port).get("/api/cases/liennghia-2026-000001").statusCode()).isEqualTo(401);
    }

    @Test
    void demoOfficerAuthenticatesAgainstEngineRest() throws Exception {
        HttpResponse<String> response = new Http(port).get("/engine-rest/group?member=liennghia1", "liennghia1", "demo");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).findValuesAsText("id")).containsExactly("liennghia");
    }

    @Test
    void wrongPasswordIsRefused() {
        // one wrong password costs nothing: the sign-in rule throttles only after three (SignInGuardIT)
        assertThat(new Http(port).get("/engine-rest/task", "hiepan1", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void topicsOfTheContractExistWithTheirDeadLetterTopics() throws Exception {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);

            assertThat(topics).contains("danvan.intake", "danvan.intake.DLT", "danvan.cases", "danvan.cases.DLT",
                    "danvan.dialogues", "danvan.dialogues.DLT", "danvan.supervisions", "danvan.supervisions.DLT");
            assertThat(admin.describeTopics(Set.of("danvan.cases")).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get("danvan.cases").partitions()).hasSize(6);
        }
    }

    @Test
    void tasklistFiltersExistForEveryOfficer() throws Exception {
        HttpResponse<String> response = new Http(port).get("/engine-rest/filter", "huyen1", "demo");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).findValuesAsText("name"))
                .contains("Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
    }
}
