package vn.danvan.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import vn.danvan.support.Http;

/**
 * The application as a server runs it: {@code java -jar target/danvan-server.jar} (the production
 * image's jar, without the embedded servers), in its own process, on an outside PostgreSQL and Kafka
 * broker. {@link #kill()} is SIGKILL: no shutdown hook, no flush.
 */
final class AppNode implements AutoCloseable {

    static final String DATA_KEY = "ZmF1bHQtc3VpdGUtZGF0YS1rZXktMzItYnl0ZXMhISE=";

    private final String name;
    private final List<String> command;
    private final Path log;
    private final int port;
    private Process process;

    /** A node with the fault suite's short timeouts (outbox resend, consumer session, job locks). */
    AppNode(String name, PostgresProcess postgres, KafkaProcess kafka, Path logs, String... extra) throws IOException {
        this(name, postgres, kafka, logs, true, extra);
    }

    /**
     * @param faultTimeouts the fault suite's short timeouts, so that recovery is seconds; a benchmark
     *     node runs with the application's own settings instead
     */
    AppNode(String name, PostgresProcess postgres, KafkaProcess kafka, Path logs, boolean faultTimeouts, String... extra)
            throws IOException {
        this.name = name;
        this.port = KafkaProcess.freePort();
        Path jar = Path.of("target", "danvan-server.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("target/danvan-server.jar is missing: the fault tests run after `package`");
        }
        Files.createDirectories(logs);
        this.log = logs.resolve(name + ".log");
        command = new ArrayList<>(List.of(KafkaProcess.javaBinary(), "-Xmx512m", "-jar", jar.toString(),
                "--danvan.embedded.enabled=false", "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(), "--server.port=" + port,
                "--danvan.backup.directory=" + logs.resolveSibling("backups").toAbsolutePath(),
                // every node of a suite reads the same database: the same data key, not one generated in ./data
                "--DANVAN_DATA_KEY=" + DATA_KEY));
        if (faultTimeouts) {
            command.addAll(List.of("--danvan.outbox.resubmit-interval=PT2S", "--danvan.outbox.resubmit-after=PT3S",
                    "--spring.kafka.consumer.properties.session.timeout.ms=10000",
                    "--spring.kafka.consumer.properties.heartbeat.interval.ms=2000",
                    "--camunda.bpm.job-execution.lock-time-in-millis=15000",
                    "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000"));
        }
        command.addAll(List.of(extra));
    }

    AppNode start() throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            awaitReady();
        } catch (RuntimeException notReady) {
            // the caller never gets the node to close: stop it here, or it runs on after the suite
            process.destroyForcibly();
            throw notReady;
        }
        return this;
    }

    private void awaitReady() {
        Awaitility.await(name + " ready").atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " died at start, see " + log);
                    }
                    return http().get("/actuator/health").statusCode() == 200;
                });
    }

    /** SIGKILL, as a power cut or the kernel's out-of-memory killer would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    Http http() {
        return new Http(port);
    }

    /**
     * Signs in through the sign-in page as a person would (session cookie, CSRF token from the form)
     * and answers where the application sends the browser next.
     */
    String signInThroughForm(String user, String password) throws IOException, InterruptedException {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://localhost:" + port;
        String page = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF field on the sign-in page: " + page);
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&" + enc(csrf.group(1)) + "=" + enc(csrf.group(2));
        var answer = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return answer.headers().firstValue("Location").orElse(answer.statusCode() + " without a redirect");
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The node's resident memory (Linux: VmRSS of its process), in MB. */
    long residentMb() throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
                .findFirst().orElseThrow(() -> new IOException("no VmRSS for " + name));
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
