package vn.danvan.supervision;

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
import vn.danvan.organization.UnitDirectory;
import vn.danvan.organization.UnitGrants;

/**
 * Lets Front and organisation officers enter campaigns in their programme from Tasklist (start
 * the campaign process) and creates the group of supervised bodies' service accounts.
 */
@Component
@Order(110)
class SupervisionSetup implements ApplicationRunner {

    private static final long SETUP_LOCK = 0x64616e76616e14L;

    private final UnitGrants grants;
    private final UnitDirectory units;
    private final IdentityService identityService;
    private final JdbcClient jdbc;

    SupervisionSetup(UnitGrants grants, UnitDirectory units, IdentityService identityService, JdbcClient jdbc) {
        this.grants = grants;
        this.units = units;
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // several nodes may start at once
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SETUP_LOCK).query().singleValue();
        for (Unit unit : units.all()) {
            if (CampaignPlanning.SUPERVISING_KINDS.contains(unit.kind())) {
                grants.grant(unit.code(), Resources.PROCESS_DEFINITION, SupervisionCampaignProcess.KEY,
                        ProcessDefinitionPermissions.CREATE_INSTANCE, Permissions.READ);
                grants.grant(unit.code(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
            }
        }
        if (identityService.createGroupQuery().groupId(SupervisionAccess.SERVICE_GROUP).count() == 0) {
            Group group = identityService.newGroup(SupervisionAccess.SERVICE_GROUP);
            group.setName("Tài khoản dịch vụ của cơ quan được giám sát");
            group.setType("SYSTEM");
            identityService.saveGroup(group);
        }
    }
}
