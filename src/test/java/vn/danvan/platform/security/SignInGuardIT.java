package vn.danvan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.DanvanIntegrationTest;

/**
 * One rule for wrong passwords at every door: HTTP Basic on {@code /engine-rest} and {@code /api}, the
 * sign-in page, and Tasklist's own sign-in. Each test signs in as a new officer from addresses of its
 * own ({@code X-Forwarded-For} from the test profile's trusted proxy, as behind a reverse proxy); the engine's clock
 * ({@code ClockUtil}) is moved instead of waiting.
 */
@DanvanIntegrationTest
class SignInGuardIT {

    static final String PASSWORD = "Thu-nghiem-2026!";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String officer;
    String address;
    Duration moved = Duration.ZERO;

    @BeforeEach
    void newOfficerFromANewAddress() {
        officer = "t" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(officer);
        user.setFirstName("Thử");
        user.setLastName("Nghiệm");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(officer, "liennghia");
        address = randomAddress();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.deleteUser(officer);
    }

    @Test
    void aCorrectPasswordRightAfterAWrongOneSignsIn() {
        assertThat(basic(officer, "wrong", address)).isEqualTo(401);
        assertThat(basic(officer, PASSWORD, address)).isEqualTo(200);
    }

    @Test
    void failuresAtEveryDoorCountTogetherThenEachAttemptMustWait() throws Exception {
        assertThat(basic(officer, "wrong-1", address)).isEqualTo(401);
        assertThat(form(officer, "wrong-2", address)).endsWith("/login?error");
        assertThat(tasklist(officer, "wrong-3", address)).isEqualTo(401);

        HttpResponse<String> throttled = basicResponse("/engine-rest/task?maxResults=1", officer, PASSWORD, address);
        assertThat(throttled.statusCode()).as("even the right password: not checked during the wait").isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(seconds).as("the first wait: 2 s after the third failure").isIn("1", "2"));
        assertThat(json.readTree(throttled.body()).path("title").asText()).isEqualTo("Too many failed sign-ins");
        assertThat(tasklist(officer, PASSWORD, address)).isEqualTo(401);

        moveClock(Duration.ofSeconds(3));
        assertThat(basic(officer, PASSWORD, address)).isEqualTo(200);
        assertThat(failuresOf(officer)).as("a success forgets the failures").isZero();
    }

    @Test
    void theAccountLocksThenUnlocksByItself() throws Exception {
        lock(officer);

        assertThat(basic(officer, PASSWORD, address)).isEqualTo(429);
        assertThat(basicResponse("/api/dashboard/summary", officer, PASSWORD, randomAddress()).statusCode())
                .as("from any address").isEqualTo(429);
        assertThat(form(officer, PASSWORD, address)).endsWith("/login?locked=15");
        assertThat(loginPage("/login?locked=15")).contains("Đăng nhập sai quá nhiều lần nên tạm thời bị khóa",
                "khoảng 15 phút", "quản trị viên có thể mở khóa sớm hơn");
        assertThat(tasklist(officer, PASSWORD, address)).isEqualTo(401);
        JsonNode locked = lockedAccount(officer);
        assertThat(Instant.parse(locked.path("lockedUntil").asText()))
                .isBetween(Instant.now().plus(moved).plus(Duration.ofMinutes(14)), Instant.now().plus(moved).plus(Duration.ofMinutes(16)));
        assertThat(locked.path("lastAddress").asText()).isEqualTo(address);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ACCOUNT_LOCKED' AND detail LIKE ?")
                .param("account " + officer + " %").query(Long.class).single()).isEqualTo(1);

        moveClock(Duration.ofMinutes(16));
        assertThat(lockedAccount(officer)).as("expired locks are not shown").isNull();
        assertThat(basic(officer, PASSWORD, address)).isEqualTo(200);
    }

    @Test
    void anAdministratorUnlocksEarlyThroughTheApiOrCamundaAdmin() throws Exception {
        lock(officer);
        assertThat(basicResponse("/api/admin/sign-in/accounts/" + officer + "/unlock", "liennghia1", "demo", null, "POST")
                .statusCode()).as("officers may not").isEqualTo(403);

        assertThat(basicResponse("/api/admin/sign-in/accounts/" + officer + "/unlock", "admin", "demo", null, "POST")
                .statusCode()).isEqualTo(204);
        assertThat(basic(officer, PASSWORD, address)).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ACCOUNT_UNLOCKED' AND user_id = 'admin' AND detail = ?")
                .param("account " + officer).query(Long.class).single()).isEqualTo(1);

        // Camunda Admin's "Unlock user" calls the engine's unlock: the same lock is lifted
        lock(officer);
        assertThat(basicResponse("/engine-rest/user/" + officer + "/unlock", "admin", "demo", null, "POST").statusCode())
                .isEqualTo(204);
        assertThat(basic(officer, PASSWORD, address)).isEqualTo(200);
    }

    @Test
    void aStrangerWhoTriesManyAccountsIsStoppedWithoutLockingThemOut() throws Exception {
        String stranger = randomAddress();
        // thirty guesses spread over other accounts, three each: no account reaches a wait, the address its limit
        for (int i = 0; i < 30; i++) {
            assertThat(basic("guess" + (i % 10) + officer, "123456", stranger)).isEqualTo(401);
        }
        HttpResponse<String> blocked = basicResponse("/engine-rest/task?maxResults=1", officer, "wrong", stranger);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(failuresOf(officer)).as("refused at the address, not counted against the officer").isZero();
        assertThat(basic(officer, PASSWORD, stranger)).as("nothing is checked from a blocked address").isEqualTo(429);
        assertThat(tasklist(officer, PASSWORD, stranger)).isEqualTo(401);
        assertThat(basic(officer, PASSWORD, address)).as("the officer, from their own machine").isEqualTo(200);

        JsonNode overview = adminOverview();
        assertThat(overview.path("addresses").findValuesAsText("address")).contains(stranger);
        assertThat(basicResponse("/api/admin/sign-in/addresses/" + stranger + "/unblock", "admin", "demo", null, "POST")
                .statusCode()).isEqualTo(204);
        assertThat(basic(officer, PASSWORD, stranger)).isEqualTo(200);
    }

    /** Ten wrong passwords in a row, waiting out each throttle on the engine's clock. */
    private void lock(String user) throws Exception {
        for (int i = 0; i < 10; i++) {
            moveClock(Duration.ofMinutes(3)); // past any wait before the lock (at most 128 s)
            assertThat(basic(user, "wrong-" + i, address)).as("failure " + (i + 1)).isEqualTo(401);
        }
        assertThat(lockedAccount(user)).as("locked after ten").isNotNull();
    }

    private JsonNode lockedAccount(String user) throws IOException {
        for (JsonNode account : adminOverview().path("accounts")) {
            if (account.path("userId").asText().equals(user) && !account.path("lockedUntil").isNull()
                    && !account.path("lockedUntil").isMissingNode()) {
                return account;
            }
        }
        return null;
    }

    private int failuresOf(String user) throws IOException {
        for (JsonNode account : adminOverview().path("accounts")) {
            if (account.path("userId").asText().equals(user)) {
                return account.path("failures").asInt();
            }
        }
        return 0;
    }

    private JsonNode adminOverview() throws IOException {
        HttpResponse<String> answer = basicResponse("/api/admin/sign-in", "admin", "demo", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private void moveClock(Duration by) {
        moved = moved.plus(by);
        ClockUtil.offset(moved.toMillis());
    }

    private int basic(String user, String password, String from) {
        return basicResponse("/engine-rest/task?maxResults=1", user, password, from).statusCode();
    }

    private HttpResponse<String> basicResponse(String path, String user, String password, String from) {
        return basicResponse(path, user, password, from, "GET");
    }

    private HttpResponse<String> basicResponse(String path, String user, String password, String from, String method) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (from != null) {
            request.header("X-Forwarded-For", from);
        }
        return send(http, request.build());
    }

    /** The sign-in page, as a browser: its CSRF token, then the form; answers where the browser is sent. */
    private String form(String user, String password, String from) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = send(browser, HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", from).build()).body();
        Matcher csrf = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF field on the sign-in page").isTrue();
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&" + enc(csrf.group(1)) + "=" + enc(csrf.group(2));
        HttpResponse<String> answer = send(browser, HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", from)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return answer.headers().firstValue("Location").orElse(answer.statusCode() + " without a redirect");
    }

    private String loginPage(String path) {
        return send(http, HttpRequest.newBuilder(uri(path)).build()).body();
    }

    /** Tasklist's own sign-in (Camunda's login endpoint), with the XSRF cookie the webapp hands out. */
    private int tasklist(String user, String password, String from) {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        send(browser, HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).header("X-Forwarded-For", from).build());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
        return send(browser, HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("X-Forwarded-For", from).header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password))).build())
                .statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ADDRESS = new java.util.concurrent.atomic.AtomicInteger();

    /** A new address from TEST-NET-3 (RFC 5737, never a real client) for each use. */
    private static String randomAddress() {
        return "203.0.113." + (1 + NEXT_ADDRESS.getAndIncrement() % 254);
    }
}
