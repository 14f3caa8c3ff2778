package vn.danvan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;

/**
 * Camunda's password policy applies to every new and changed password, through the same engine API
 * that Admin and Tasklist's profile page use; the local run's seeded demo accounts keep {@code demo}.
 */
@DanvanIntegrationTest
class PasswordPolicyIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aNewUserWithAWeakPasswordIsRefused() {
        HttpResponse<String> weak = createUser("ppweak", "demo12345");

        assertThat(weak.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(weak.body()).contains("Password does not match policy");
        assertThat(identityService.createUserQuery().userId("ppweak").count()).isZero();
    }

    @Test
    void aNewUserWithAPasswordThatMeetsThePolicyIsCreated() {
        assertThat(createUser("ppstrong", "Can-bo-xa-2026").statusCode()).isEqualTo(204);
        assertThat(new Http(port).get("/engine-rest/task?maxResults=1", "ppstrong", "Can-bo-xa-2026").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aChangedPasswordMustMeetThePolicyToo() {
        assertThat(createUser("ppchange", "Mat-khau-dau-2026").statusCode()).isEqualTo(204);

        HttpResponse<String> weak = new Http(port).putJson("/engine-rest/user/ppchange/credentials",
                "{\"password\": \"ppchange1\", \"authenticatedUserPassword\": \"Mat-khau-dau-2026\"}", "ppchange", "Mat-khau-dau-2026");
        HttpResponse<String> strong = new Http(port).putJson("/engine-rest/user/ppchange/credentials",
                "{\"password\": \"Mat-khau-moi-2027\", \"authenticatedUserPassword\": \"Mat-khau-dau-2026\"}", "ppchange",
                "Mat-khau-dau-2026");

        assertThat(weak.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(weak.body()).contains("Password does not match policy");
        assertThat(strong.statusCode()).isEqualTo(204);
        assertThat(identityService.checkPassword("ppchange", "Mat-khau-moi-2027")).isTrue();
    }

    @Test
    void thePolicyIsPublishedForAdminAndTasklistToShow() throws Exception {
        HttpResponse<String> policy = new Http(port).get("/engine-rest/identity/password-policy", "liennghia1", "demo");

        assertThat(policy.statusCode()).isEqualTo(200);
        assertThat(json.readTree(policy.body()).path("rules").findValuesAsText("placeholder"))
                .contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_DIGIT", "PASSWORD_POLICY_SPECIAL");
    }

    @Test
    void theLocalRunsDemoAccountsKeepTheirDemoPassword() {
        for (String user : new String[] {"admin", "liennghia1", "hiepan1", "huyen1", "huyenuy1", "lanhdao1"}) {
            assertThat(identityService.checkPassword(user, "demo")).as(user).isTrue();
        }
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
    }

    private HttpResponse<String> createUser(String id, String password) {
        return new Http(port).postJson("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "Cán bộ", "lastName": "Thử", "email": "%s@danvan.local"},
                 "credentials": {"password": "%s"}}""".formatted(id, id, password), "admin", "demo");
    }
}
