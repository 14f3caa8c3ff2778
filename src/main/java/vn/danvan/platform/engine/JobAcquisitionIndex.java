package vn.danvan.platform.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Job acquisition by due date, on an index. Every open timed task keeps three timer jobs (reminder,
 * escalation, very late), so {@code act_ru_job} holds tens of thousands of jobs that are not due;
 * Camunda's acquisition query has no index to find the few that are and read the whole table every
 * time (34 ms a query with 30,000 jobs, 172 ms with 60,000: most of the database's time in a burst
 * of escalations, docs/benchmarks.md). With {@code ensure-job-due-date-not-null} and
 * {@code job-executor-acquire-by-due-date} (application.yml) every job has a due date and acquisition
 * asks for the earliest ones in order, which the first partial index below answers by reading only those (its
 * condition repeats the acquisition query's own literal filters, so PostgreSQL can use it).
 * <p>
 * The index is created here rather than by a Flyway migration because Camunda creates and upgrades
 * its own tables after Flyway has run (a fresh database has no {@code act_ru_job} yet at that point).
 * Jobs written before the due date was enforced (asynchronous continuations had none) get one now, or
 * the acquisition, which no longer asks for a missing due date, would never pick them up.
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);

    private DataSource dataSource;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        dataSource = configuration.getDataSource();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            // only acquirable jobs: a suspended process's timers and jobs out of retries (incidents) stay
            // in the table, often with early due dates, and would otherwise be read first every time
            statement.execute("""
                    CREATE INDEX IF NOT EXISTS danvan_idx_job_acquirable ON act_ru_job (duedate_)
                    WHERE retries_ > 0 AND suspension_state_ = 1""");
            // the query skips jobs of a process that has an exclusive job running; PostgreSQL answers that
            // NOT EXISTS by collecting the running ones first, which without this index read the whole
            // table (120 ms at 250,000 jobs, explained in docs/benchmarks.md); running jobs are a handful
            statement.execute("""
                    CREATE INDEX IF NOT EXISTS danvan_idx_job_running ON act_ru_job (lock_exp_time_)
                    WHERE lock_owner_ IS NOT NULL AND exclusive_ = true""");
            int updated = statement.executeUpdate("UPDATE act_ru_job SET duedate_ = now() WHERE duedate_ IS NULL");
            if (updated > 0) {
                log.info("Gave {} jobs without a due date one (now), for acquisition by due date", updated);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare job acquisition by due date: " + e.getMessage(), e);
        }
    }
}
