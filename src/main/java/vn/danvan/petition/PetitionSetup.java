package vn.danvan.petition;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitGrants;

/**
 * Lets commune officers record walk-in petitions from Tasklist (start the commune process) and
 * creates the group of intake service accounts (portals, hotlines that call the REST API).
 */
@Component
@Order(100)
class PetitionSetup implements ApplicationRunner {

    private static final long SETUP_LOCK = 0x64616e76616e03L;

    private final UnitGrants grants;
    private final IdentityService identityService;
    private final JdbcClient jdbc;

    PetitionSetup(UnitGrants grants, IdentityService identityService, JdbcClient jdbc) {
        this.grants = grants;
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // several nodes may start at once
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SETUP_LOCK).query().singleValue();
        grants.grantToLevel(Unit.COMMUNE, Resources.PROCESS_DEFINITION, PetitionCommuneProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE, Permissions.READ);
        grants.grantToLevel(Unit.COMMUNE, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        if (identityService.createGroupQuery().groupId(CaseAccess.INTAKE_SERVICE_GROUP).count() == 0) {
            Group group = identityService.newGroup(CaseAccess.INTAKE_SERVICE_GROUP);
            group.setName("Tài khoản dịch vụ tiếp nhận đơn");
            group.setType("SYSTEM");
            identityService.saveGroup(group);
        }
    }
}
