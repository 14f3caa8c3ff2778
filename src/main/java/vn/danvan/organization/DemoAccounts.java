package vn.danvan.organization;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo officers of the local default run (password {@code demo}): one per kind of unit in the
 * contract, one commune's Front and Party committee, and the administrator {@code admin}. README's
 * account table lists the same (checked by {@code ReadmeAccountsTest}). The password policy is on in
 * every profile; these seed accounts alone are written with its check skipped (the engine's
 * {@code IdentityServiceImpl.saveUser(user, true)}), so {@code demo} works here and nowhere else: any
 * password set afterwards, in Admin, Tasklist or the REST API, must meet the policy. Production sets
 * {@code danvan.demo.enabled=false}, creates its administrator from {@code camunda.bpm.admin-user}
 * with the policy applied, and real accounts in Admin.
 */
@Component
@Order(OrganizationSetup.ORDER + 1)
@ConditionalOnProperty(name = "danvan.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";
    static final String ADMIN = "admin";
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("liennghia1", "Nguyễn Thị", "Lan", "liennghia"),
            new DemoAccount("hiepan1", "K'", "Brơi", "hiepan"),
            new DemoAccount("huyen1", "Trần Văn", "Hùng", "huyen"),
            new DemoAccount("huyenuy1", "Lê Minh", "Tuấn", "huyenuy"),
            new DemoAccount("lanhdao1", "Phạm Quốc", "Việt", "liennghia", Role.LEADER.groupId()),
            new DemoAccount("hiepanmttq1", "Ka", "Hoa", "hiepanmttq"),
            new DemoAccount("hiepandanguy1", "Đỗ Văn", "Thành", "hiepandanguy"),
            new DemoAccount("ubkthuyenuy1", "Vũ Thị", "Hạnh", "ubkthuyenuy"));
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final IdentityService identityService;
    private final UnitGrants grants;

    DemoAccounts(IdentityService identityService, UnitGrants grants) {
        this.identityService = identityService;
        this.grants = grants;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdministrator();
        for (DemoAccount account : ACCOUNTS) {
            if (identityService.createUserQuery().userId(account.userId()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(account.userId());
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setPassword(PASSWORD);
            user.setEmail(account.userId() + "@danvan.local");
            saveSkippingPolicy(user);
            identityService.createMembership(account.userId(), account.unitCode());
            for (String role : account.roles()) {
                identityService.createMembership(account.userId(), role);
            }
            log.info("Created demo account {} in unit {}", account.userId(), account.unitCode());
        }
        log.info("Demo accounts (password '{}'): admin, {}", PASSWORD,
                String.join(", ", ACCOUNTS.stream().map(DemoAccount::userId).toList()));
    }

    /**
     * What Camunda's starter does for {@code camunda.bpm.admin-user} in production: the group
     * {@code camunda-admin} with every permission on everything, and the user in it.
     */
    private void ensureAdministrator() {
        if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("camunda BPM Administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(group);
        }
        for (Resources resource : Resources.values()) {
            grants.grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        if (identityService.createUserQuery().userId(ADMIN).count() == 0) {
            User admin = identityService.newUser(ADMIN);
            admin.setFirstName("Quản trị");
            admin.setLastName("viên");
            admin.setPassword(PASSWORD);
            admin.setEmail(ADMIN + "@danvan.local");
            saveSkippingPolicy(admin);
            identityService.createMembership(ADMIN, Groups.CAMUNDA_ADMIN);
            log.info("Created demo administrator {}", ADMIN);
        }
    }

    private void saveSkippingPolicy(User user) {
        ((IdentityServiceImpl) identityService).saveUser(user, true);
    }

    record DemoAccount(String userId, String firstName, String lastName, String unitCode, String... roles) {
    }
}
