package vn.danvan.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.awaitility.Awaitility;

/**
 * A real Kafka broker (KRaft, one node) in its own operating-system process, so a test can stop it
 * and start it again while the application keeps running.
 */
final class KafkaProcess implements AutoCloseable {

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private Process process;

    KafkaProcess(Path directory) throws IOException, InterruptedException {
        this.directory = directory;
        this.port = freePort();
        this.controllerPort = freePort();
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller", "node.id=1", "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port, "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT", "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("log"), "num.partitions=6", "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0", "auto.create.topics.enable=false", ""));
        run(List.of("kafka.tools.StorageTool", "format", "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                "-c", directory.resolve("server.properties").toString(), "--ignore-formatted")).waitFor(60, TimeUnit.SECONDS);
    }

    void start() throws IOException {
        process = run(List.of("kafka.Kafka", directory.resolve("server.properties").toString()));
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrapServers(),
                "request.timeout.ms", 3000, "default.api.timeout.ms", 3000))) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size() == 1);
        }
    }

    /** A clean stop (SIGTERM), as an operator's restart or a machine going down in order. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
            process = null;
        }
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    private Process run(List<String> mainAndArguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-cp",
                System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("broker.log").toFile()).start();
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up), so that while the broker or the
     * database is stopped for an outage no outgoing connection can take its port.
     */
    static int freePort() throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = random.nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32000");
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
