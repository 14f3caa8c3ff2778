package vn.danvan.organization;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps Camunda's identity service in step with the unit table at every start: one group per unit
 * with the rights an officer needs in Tasklist, and the shared task filters. Several nodes may
 * start together, so the work runs under a PostgreSQL advisory lock.
 */
@Component
@Order(OrganizationSetup.ORDER)
public class OrganizationSetup implements ApplicationRunner {

    static final int ORDER = 0;
    static final String UNIT_GROUP_TYPE = "UNIT";
    /** The role group of unit leaders (Camunda group ids are letters and digits only). */
    public static final String LEADERS_GROUP = "lanhdao";
    private static final long SETUP_LOCK = 0x64616e76616e01L;
    private static final Logger log = LoggerFactory.getLogger(OrganizationSetup.class);

    private final UnitDirectory units;
    private final IdentityService identityService;
    private final UnitGrants grants;
    private final TaskFilters taskFilters;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    OrganizationSetup(UnitDirectory units, IdentityService identityService, UnitGrants grants,
            TaskFilters taskFilters, TransactionTemplate transaction, JdbcClient jdbc) {
        this.units = units;
        this.identityService = identityService;
        this.grants = grants;
        this.taskFilters = taskFilters;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SETUP_LOCK).query().singleValue();
            int created = 0;
            for (Unit unit : units.all()) {
                if (ensureGroup(unit)) {
                    created++;
                }
                grants.grant(unit.code(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
                grants.grant(unit.code(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            }
            ensureRoleGroup(LEADERS_GROUP, "Lãnh đạo đơn vị");
            taskFilters.ensureFilters();
            log.info("Organization ready: {} units ({} new Camunda groups)", units.all().size(), created);
        });
    }

    /** Leaders are officers of their unit who are also in this role group: they also get its reports. */
    private void ensureRoleGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("ROLE");
            identityService.saveGroup(group);
        }
    }

    private boolean ensureGroup(Unit unit) {
        Group existing = identityService.createGroupQuery().groupId(unit.code()).singleResult();
        if (existing != null) {
            if (!unit.name().equals(existing.getName())) {
                existing.setName(unit.name());
                identityService.saveGroup(existing);
            }
            return false;
        }
        Group group = identityService.newGroup(unit.code());
        group.setName(unit.name());
        group.setType(UNIT_GROUP_TYPE);
        identityService.saveGroup(group);
        return true;
    }
}
