package vn.danvan.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * The outside services citizens are told through, run for the tests of profile {@code test}: a real
 * SMTP server (GreenMail) and a local HTTP server standing in for the SMS and Zalo ZNS gateways. Both
 * start once per test JVM, on free ports, before the application reads its settings.
 */
public final class TestServers implements EnvironmentPostProcessor {

    /** A phone number the stand-in gateways always refuse with 500: its messages end as dead letters. */
    public static final String FAILING_PHONE = "0999000111";

    private static GreenMail mail;
    private static Gateway gateway;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("test"))) {
            return;
        }
        start();
        environment.getPropertySources().addFirst(new MapPropertySource("danvanTestServers", Map.of(
                "spring.mail.host", "localhost",
                "spring.mail.port", String.valueOf(mail.getSmtp().getPort()),
                "danvan.notification.sms.url", gateway.url("/sms"),
                "danvan.notification.sms.token", "sms-test-token",
                "danvan.notification.zalo.url", gateway.url("/zns"),
                "danvan.notification.zalo.token", "zalo-test-token",
                "danvan.notification.zalo.template", "123456")));
    }

    private static synchronized void start() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            gateway = new Gateway();
        }
    }

    /** Every e-mail the application sent so far. */
    public static List<MimeMessage> mails() {
        return List.of(mail.getReceivedMessages());
    }

    /** The e-mails sent so far to one address. */
    public static List<MimeMessage> mailsTo(String address) throws jakarta.mail.MessagingException {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : mails()) {
            if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    /** Every request the SMS and Zalo gateways received so far. */
    public static List<GatewayRequest> gatewayRequests() {
        return List.copyOf(gateway.requests);
    }

    /** One request to a stand-in gateway: its path, its credential and its JSON body. */
    public record GatewayRequest(String path, String authorization, String accessToken, String body) {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Gateway {

        private final HttpServer server;
        private final List<GatewayRequest> requests = new CopyOnWriteArrayList<>();

        Gateway() {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                requests.add(new GatewayRequest(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("access_token"), body));
                boolean refuse = body.contains(FAILING_PHONE) || body.contains("84" + FAILING_PHONE.substring(1));
                byte[] answer = (refuse ? "{\"error\":\"gateway down\"}" : "{\"error\":0}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(refuse ? 500 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }

        String url(String path) {
            return "http://localhost:" + server.getAddress().getPort() + path;
        }
    }
}
