package vn.danvan.support;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The Camunda engine alone, for the engine-level tests of the diagrams in bpmn/: no Spring
 * application, no Kafka. One embedded PostgreSQL 15 and one engine per test JVM, configured as the
 * application configures its own where it matters to a diagram (history level, time to live, the
 * FEEL setting of the rule tables, JSON variables), with the job executor off: a test fires a timer
 * by executing its job. The beans a diagram names ({@code ${registerCaseDelegate}},
 * {@code ${deadlineTimers.dueAt(execution)}}) are whatever a test registers ({@link StandIns}).
 *
 * <p>Use with Camunda's {@code @Deployment} on the test class and camunda-bpm-assert:
 * <pre>
 * &#64;RegisterExtension
 * static final EngineFixture.Deployed ENGINE = EngineFixture.extension();
 * </pre>
 */
public final class EngineFixture {

    private static final Map<Object, Object> BEANS = new ConcurrentHashMap<>();
    private static ProcessEngine engine;

    private EngineFixture() {
    }

    /** The engine, started on first use. */
    public static synchronized ProcessEngine engine() {
        if (engine == null) {
            engine = start();
            BpmnAwareTests.init(engine);
        }
        return engine;
    }

    /**
     * Deploys the test class's {@code @Deployment} resources once for the class (deploying per test method,
     * as camunda-bpm-junit5 does, took most of the time), deletes what a test left running after it, and
     * removes the deployment after the class.
     */
    public static Deployed extension() {
        engine();
        return new Deployed();
    }

    /** Makes a bean a diagram names resolve to this object (replacing an earlier one of that name). */
    public static void register(String name, Object bean) {
        BEANS.put(name, bean);
    }

    /** The JUnit extension of {@link #extension()}. */
    public static final class Deployed implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

        private String deploymentId;

        @Override
        public void beforeAll(ExtensionContext context) {
            Deployment resources = context.getRequiredTestClass().getAnnotation(Deployment.class);
            if (resources == null) {
                throw new IllegalStateException(context.getRequiredTestClass() + " names no @Deployment");
            }
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                    .name(context.getRequiredTestClass().getSimpleName());
            for (String resource : resources.resources()) {
                deployment.addClasspathResource(resource);
            }
            deploymentId = deployment.deploy().getId();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            ClockUtil.reset();
            // what a test left running or in the history must not meet the next test of the class
            List<String> running = engine.getRuntimeService().createProcessInstanceQuery().list().stream()
                    .map(ProcessInstance::getId).toList();
            if (!running.isEmpty()) {
                engine.getRuntimeService().deleteProcessInstancesIfExists(running, "test over", true, true, false);
            }
            List<String> done = engine.getHistoryService().createHistoricProcessInstanceQuery().list().stream()
                    .map(HistoricProcessInstance::getId).toList();
            if (!done.isEmpty()) {
                engine.getHistoryService().deleteHistoricProcessInstancesIfExists(done);
            }
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (deploymentId != null) {
                engine.getRepositoryService().deleteDeployment(deploymentId, true, true);
            }
        }
    }

    private static ProcessEngine start() {
        EmbeddedPostgres postgres;
        try {
            // a throwaway server: zonky's defaults (fsync off) are what a test wants
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the engine tests", e);
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(4);
        dataSource.setPoolName("engine-tests");

        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("danvan-engine-tests");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        // as application.yml: camunda.bpm.history-level, generic-properties, default-serialization-format
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY);
        configuration.setHistoryTimeToLive("3650");
        configuration.setDmnFeelEnableLegacyBehavior(DecisionTables.legacyFeel());
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
        configuration.setBeans(BEANS);
        return configuration.buildProcessEngine();
    }
}
