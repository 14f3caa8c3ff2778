package vn.danvan.portal.open311;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Role;

/**
 * The local default run's Open311 client: API key {@code demo-open311}, belonging to the service
 * account {@code open311demo} of the intake service group. Never in production (demo off).
 */
@Component
@Order(120)
@ConditionalOnProperty(name = "danvan.demo.enabled", havingValue = "true")
class Open311Demo implements ApplicationRunner {

    static final String KEY = "demo-open311";
    static final String USER = "open311demo";

    private final Open311Clients clients;
    private final IdentityService identityService;

    Open311Demo(Open311Clients clients, IdentityService identityService) {
        this.clients = clients;
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.createUserQuery().userId(USER).count() == 0) {
            User user = identityService.newUser(USER);
            user.setFirstName("Open311");
            user.setLastName("demo");
            // a service account signs in with its API key, never with a password; a random one that meets the
            // password policy (which refuses a password holding the account's names, such as "Open311")
            user.setPassword("Svc-" + java.util.UUID.randomUUID() + "-Aa1!");
            identityService.saveUser(user);
            identityService.createMembership(USER, Role.INTAKE_SERVICE.groupId());
        }
        clients.register(KEY, USER, "Open311 demo client");
    }
}
