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
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The Camunda engine alone, for the engine-level tests of the diagrams in bpmn/: no Spring
 * application, no Kafka. One embedded PostgreSQL 15 and one engine per test JVM, configured as the
 * application configures its own where it matters to a diagram (history level, time to live, the
 * FEEL setting of the rule tables, JSON variables), with the job executor off: a test fires a timer
 * by executing its job. The beans a diagram names ({@code ${registerCaseDelegate}},
 * {@code ${deadlineTimers.dueAt(execution)}}) are whatever a test registers ({@link StandIns}).
 *
 * <p>Use with camunda-bpm-junit5 and {@code @Deployment}:
 * <pre>
 * &#64;RegisterExtension
 * static final ProcessEngineExtension engine = EngineFixture.extension();
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

    /** camunda-bpm-junit5's extension on this engine: deploys a test's {@code @Deployment}, removes it after. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
    }

    /** Makes a bean a diagram names resolve to this object (replacing an earlier one of that name). */
    public static void register(String name, Object bean) {
        BEANS.put(name, bean);
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
