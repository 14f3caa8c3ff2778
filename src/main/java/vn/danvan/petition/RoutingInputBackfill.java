package vn.danvan.petition;

import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the petition processes started before the routing table asked whom a denunciation is about
 * (its {@code denouncedPerson} input) that variable, empty. Such an instance runs on the diagram of its
 * time, without the routing tasks' mapping of the missing variable, while the table it evaluates is
 * always the latest; under the application's legacy FEEL setting the table's JUEL input fails on a
 * variable that does not exist (DMN-01002) and the case would stop at its routing step. Runs at every
 * start and finds nothing once an upgraded database has been filled.
 */
@Component
class RoutingInputBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoutingInputBackfill.class);

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;

    RoutingInputBackfill(JdbcClient jdbc, RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
    }

    @Override
    public void run(ApplicationArguments args) {
        fill();
    }

    /** @return how many process instances were given the variable */
    int fill() {
        List<String> missing = jdbc.sql("""
                SELECT e.id_ FROM act_ru_execution e JOIN act_re_procdef d ON d.id_ = e.proc_def_id_
                WHERE e.parent_id_ IS NULL AND d.key_ IN (:keys)
                  AND NOT EXISTS (SELECT 1 FROM act_ru_variable v WHERE v.execution_id_ = e.id_ AND v.name_ = :name)""")
                .param("keys", List.of(PetitionCommuneProcess.KEY, PetitionDistrictProcess.KEY))
                .param("name", CaseVariables.DENOUNCED_PERSON).query(String.class).list();
        int filled = 0;
        for (String instance : missing) {
            try {
                runtimeService.setVariable(instance, CaseVariables.DENOUNCED_PERSON, null);
                filled++;
            } catch (OptimisticLockingException e) {
                // the instance moved on meanwhile; the next start looks again
                log.warn("Process instance {} changed while its routing input was filled: left for the next start", instance);
            }
        }
        if (filled > 0) {
            log.info("Gave {} petition processes from before the routing table's denouncedPerson input an empty one", filled);
        }
        return filled;
    }
}
