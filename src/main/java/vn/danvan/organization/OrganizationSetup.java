package vn.danvan.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps Camunda's identity service in step with the unit table at every start: the organisation data
 * set chosen for this office (if any), one group per unit with its rights, the role groups and the
 * shared task filters. Several nodes may start together, so the work runs under a PostgreSQL
 * advisory lock.
 */
@Component
@Order(OrganizationSetup.ORDER)
public class OrganizationSetup implements ApplicationRunner {

    static final int ORDER = 0;
    private static final long SETUP_LOCK = 0x64616e76616e01L;
    private static final Logger log = LoggerFactory.getLogger(OrganizationSetup.class);

    private final UnitDirectory units;
    private final UnitGroups groups;
    private final TaskFilters taskFilters;
    private final OrganizationDataSets dataSets;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    OrganizationSetup(UnitDirectory units, UnitGroups groups, TaskFilters taskFilters, OrganizationDataSets dataSets,
            TransactionTemplate transaction, JdbcClient jdbc) {
        this.units = units;
        this.groups = groups;
        this.taskFilters = taskFilters;
        this.dataSets = dataSets;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SETUP_LOCK).query().singleValue();
            for (Role role : Role.values()) {
                groups.ensureRoleGroup(role);
            }
            taskFilters.ensureFilters();
            dataSets.applyConfigured();
            UnitTree tree = units.tree();
            int created = 0;
            for (Unit unit : tree.active()) {
                if (groups.sync(unit, tree)) {
                    created++;
                }
            }
            log.info("Organization ready: {} units ({} new Camunda groups)", tree.active().size(), created);
        });
    }
}
