package io.crosscheck.testkit.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Apache Kafka broker in KRaft mode, running inside this JVM: one node that is both broker and controller,
 * listening on free ports of 127.0.0.1, its logs in a fresh folder that is deleted on {@link #close()}.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private final Admin admin;
    private final Duration startTime;
    /** What {@link #close()} deletes: the data folder, or the temporary folder {@link #start()} made around it. */
    private final Path deletedOnClose;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir, Admin admin, Duration startTime,
                        Path deletedOnClose) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
        this.admin = admin;
        this.startTime = startTime;
        this.deletedOnClose = deletedOnClose;
    }

    /** Starts a broker with its data in a new temporary folder, deleted on {@link #close()} with the data. */
    public static KafkaBroker start() throws Exception {
        Path parent = Files.createTempDirectory("crosscheck-kafka-");
        try {
            return start(parent, Map.of(), true);
        } catch (Exception | Error e) {
            deleteTree(parent);
            throw e;
        }
    }

    /**
     * Starts a broker with its data under {@code parentDir} (a new folder is made inside it);
     * {@code overrides} are broker properties set on top of the defaults (e.g. {@code auto.create.topics.enable}).
     */
    public static KafkaBroker start(Path parentDir, Map<String, String> overrides) throws Exception {
        return start(parentDir, overrides, false);
    }

    /** {@code ownsParent}: {@code parentDir} is deleted on close, not only the data folder made in it. */
    private static KafkaBroker start(Path parentDir, Map<String, String> overrides, boolean ownsParent) throws Exception {
        long t0 = System.nanoTime();
        Files.createDirectories(parentDir);
        Path dataDir = Files.createTempDirectory(parentDir, "kafka-");
        int[] ports = freePorts(2);
        int port = ports[0];
        int controllerPort = ports[1];
        Properties props = BrokerProperties.of(port, controllerPort, dataDir.resolve("logs"));
        props.putAll(overrides);
        format(props, dataDir);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        String bootstrap = "127.0.0.1:" + port;
        Admin admin = null;
        try {
            server.startup();
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
            awaitReady(admin);
        } catch (Exception | Error e) {
            if (admin != null) admin.close(Duration.ZERO);
            server.shutdown();
            server.awaitShutdown();
            deleteTree(dataDir);
            throw e;
        }
        return new KafkaBroker(server, bootstrap, dataDir, admin, Duration.ofNanos(System.nanoTime() - t0),
                ownsParent ? parentDir : dataDir);
    }

    /** {@code host:port} for clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** How long {@link #start} took, from nothing to a broker that answers. */
    public Duration startTime() {
        return startTime;
    }

    /** The broker's data folder (deleted on close). */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Creates a topic with replication factor 1 and waits until this broker leads each of its partitions; an existing
     * topic is left as is. The broker announces a new partition's leader a moment before it takes appends: an
     * idempotent producer whose first batch meets that moment can be stuck retrying out-of-order sequences until its
     * batches expire, so the wait is for a request only the leader answers (the latest offset) to succeed.
     */
    public void createTopic(String name, int partitions) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) throw e;
            return;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) latest.put(new TopicPartition(name, p), OffsetSpec.latest());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                // the broker may not know the topic yet, a moment after the controller created it
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) throw e;
                Thread.sleep(20);
            }
        }
    }

    /** Deletes a topic if it exists. */
    public void deleteTopic(String name) throws Exception {
        try {
            admin.deleteTopics(List.of(name)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) throw e;
        }
    }

    /** An admin client of this broker, owned by the broker (do not close it). */
    public Admin admin() {
        return admin;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        server.shutdown();
        server.awaitShutdown();
        deleteTree(deletedOnClose);
    }

    private static void format(Properties props, Path dataDir) throws IOException {
        Path config = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "crosscheck testkit: single-node KRaft broker+controller");
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int rc;
        try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
                    "-c", config.toString()}, ps);
        }
        if (rc != 0) {
            throw new IllegalStateException("kafka storage format failed (" + rc + "): " + log.toString(StandardCharsets.UTF_8));
        }
    }

    private static void awaitReady(Admin admin) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                last = e;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("kafka broker did not answer within " + READY_TIMEOUT.toSeconds() + "s", last);
    }

    /**
     * {@code count} distinct free loopback ports. Every socket stays open until all are chosen: ports
     * picked one at a time can come back equal, and a broker with its listener and controller on one port
     * does not start.
     */
    static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) socket.close();
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover temp folder is harmless
        }
    }
}
