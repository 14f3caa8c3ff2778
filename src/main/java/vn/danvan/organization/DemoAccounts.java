package vn.danvan.organization;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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
 * contract, and one commune's Front and Party committee. README's account table lists the same
 * (checked by {@code ReadmeAccountsTest}). Production sets {@code danvan.demo.enabled=false} and creates real accounts in Admin.
 */
@Component
@Order(OrganizationSetup.ORDER + 1)
@ConditionalOnProperty(name = "danvan.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("liennghia1", "Nguyễn Thị", "Lan", "liennghia"),
            new DemoAccount("hiepan1", "K'", "Brơi", "hiepan"),
            new DemoAccount("huyen1", "Trần Văn", "Hùng", "huyen"),
            new DemoAccount("huyenuy1", "Lê Minh", "Tuấn", "huyenuy"),
            new DemoAccount("lanhdao1", "Phạm Quốc", "Việt", "liennghia", Role.LEADER.groupId()),
            new DemoAccount("hiepanmttq1", "Ka", "Hoa", "hiepanmttq"),
            new DemoAccount("hiepandanguy1", "Đỗ Văn", "Thành", "hiepandanguy"));
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final IdentityService identityService;

    DemoAccounts(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount account : ACCOUNTS) {
            if (identityService.createUserQuery().userId(account.userId()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(account.userId());
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setPassword(PASSWORD);
            user.setEmail(account.userId() + "@danvan.local");
            identityService.saveUser(user);
            identityService.createMembership(account.userId(), account.unitCode());
            for (String role : account.roles()) {
                identityService.createMembership(account.userId(), role);
            }
            log.info("Created demo account {} in unit {}", account.userId(), account.unitCode());
        }
        log.info("Demo accounts (password '{}'): admin, {}", PASSWORD,
                String.join(", ", ACCOUNTS.stream().map(DemoAccount::userId).toList()));
    }

    record DemoAccount(String userId, String firstName, String lastName, String unitCode, String... roles) {
    }
}
