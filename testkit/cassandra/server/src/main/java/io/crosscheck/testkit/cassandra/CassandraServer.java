package io.crosscheck.testkit.cassandra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * A real single-node Apache Cassandra 5.0 in its own JVM on 127.0.0.1, on free ports, its files under a folder
 * of its own. {@link #start(Path)} returns once the CQL port accepts connections; {@link #close()} kills it by PID.
 */
public final class CassandraServer implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    static final String DATACENTER = "datacenter1";
    private static final String RESOURCES = "/io/crosscheck/testkit/cassandra/";
    private static final List<String> DIRS = List.of("conf", "data", "commitlog", "saved_caches", "hints", "cdc_raw", "logs");

    private final Process process;
    private final CassandraNode node;

    private CassandraServer(Process process, CassandraNode node) {
        this.process = process;
        this.node = node;
    }

    /** Starts a node under {@code parent/node-PORT}; waits up to {@code crosscheck.cassandra.startTimeout} (120s). */
    public static CassandraServer start(Path parent) throws IOException, InterruptedException {
        Duration timeout = Duration.parse("PT" + System.getProperty("crosscheck.cassandra.startTimeout", "120s"));
        NodeFolders.removeStale(parent.toAbsolutePath());
        try {
            return startOnFreePorts(parent, timeout);
        } catch (PortTaken e) {
            return startOnFreePorts(parent, timeout); // another process took a port between choosing and binding it
        }
    }

    private static CassandraServer startOnFreePorts(Path parent, Duration timeout) throws IOException, InterruptedException {
        int cqlPort = freePort();
        int storagePort = freePort();
        while (storagePort == cqlPort) {
            storagePort = freePort();
        }
        Path dir = parent.toAbsolutePath().resolve("node-" + cqlPort);
        prepare(dir, cqlPort, storagePort);
        Process process = launch(ServerCommand.build(ServerCommand.java(), dir, ServerClasspath.load()), dir);
        Files.writeString(dir.resolve("pid"), Long.toString(process.pid()));
        CassandraServer server = new CassandraServer(process, new CassandraNode(HOST, cqlPort, DATACENTER, process.pid(), dir));
        try {
            server.awaitReady(timeout);
        } catch (IOException | RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public CassandraNode node() {
        return node;
    }

    /** Kills the server JVM (SIGKILL: its data is throwaway, a drain would only cost seconds) and removes its data. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.onExit().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the process is gone either way
        }
        NodeFolders.removeData(node.dir());
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = logTail();
                if (tail.contains("Address already in use")) {
                    throw new PortTaken(tail);
                }
                throw new IllegalStateException("Cassandra exited with code " + process.exitValue() + " before it was ready\n" + tail);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, node.port()), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Cassandra did not accept CQL connections on " + node.contactPoint()
                + " within " + timeout.toSeconds() + "s\n" + logTail());
    }

    /** The last lines of the server's output and log, for a start that failed. */
    String logTail() {
        StringBuilder sb = new StringBuilder();
        for (String name : List.of("stdout.log", "system.log")) {
            Path log = node.dir().resolve("logs").resolve(name);
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                sb.append("--- ").append(log).append('\n');
                lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(l -> sb.append(l).append('\n'));
            } catch (IOException | UncheckedIOException e) {
                sb.append("--- ").append(log).append(": ").append(e.getMessage()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void prepare(Path dir, int cqlPort, int storagePort) throws IOException {
        NodeFolders.delete(dir);
        for (String sub : DIRS) {
            Files.createDirectories(dir.resolve(sub));
        }
        String yaml = resource("cassandra.yaml.tmpl")
                .replace("@DIR@", dir.toString())
                .replace("@CQL_PORT@", Integer.toString(cqlPort))
                .replace("@STORAGE_PORT@", Integer.toString(storagePort));
        Files.writeString(dir.resolve("conf/cassandra.yaml"), yaml);
        Files.writeString(dir.resolve("conf/logback.xml"), resource("logback.xml"));
    }

    /**
     * Starts the process from a thread that lives as long as the server: {@code --pdeathsig} fires when the
     * forking thread ends, so it must not be a test thread that may finish first.
     */
    private static Process launch(List<String> command, Path dir) throws IOException, InterruptedException {
        CompletableFuture<Process> started = new CompletableFuture<>();
        Thread keeper = new Thread(() -> {
            try {
                Process p = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("logs/stdout.log").toFile())
                        .start();
                started.complete(p);
                p.waitFor();
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cassandra-server-keeper");
        keeper.setDaemon(true);
        keeper.start();
        try {
            return started.get();
        } catch (ExecutionException e) {
            throw new IOException("could not start the Cassandra JVM: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CassandraServer.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static final class PortTaken extends IllegalStateException {
        PortTaken(String log) {
            super("a port chosen for Cassandra was taken before it could bind it\n" + log);
        }
    }

    /** Folders of nodes: removal of a node's data, and of folders left by nodes whose JVM is gone. */
    static final class NodeFolders {
        private NodeFolders() {
        }

        static void removeData(Path dir) {
            for (String sub : List.of("data", "commitlog", "saved_caches", "hints", "cdc_raw")) {
                delete(dir.resolve(sub));
            }
        }

        static void removeStale(Path parent) throws IOException {
            if (!Files.isDirectory(parent)) {
                return;
            }
            try (Stream<Path> nodes = Files.list(parent)) {
                nodes.filter(d -> d.getFileName().toString().startsWith("node-")).filter(NodeFolders::isStale).forEach(NodeFolders::delete);
            }
        }

        private static boolean isStale(Path dir) {
            try {
                long pid = Long.parseLong(Files.readString(dir.resolve("pid")).trim());
                return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
            } catch (IOException | NumberFormatException e) {
                return true;
            }
        }

        static void delete(Path dir) {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
