package io.crosscheck.testkit.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * httpbin (Debian's {@code python3-httpbin}, the server Venom's and Step CI's own tests use) as a child process on
 * 127.0.0.1 and a free port. Installs the package with apt-get when it is missing. It runs under the system
 * Python, where apt puts it, whatever {@code python3} is first on the PATH.
 */
public final class Httpbin implements AutoCloseable {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path PACKAGE = Path.of("/usr/lib/python3/dist-packages/httpbin/core.py");
    private static final long START_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Process process;
    private final Path log;
    private final int port;

    private Httpbin(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static Httpbin start() throws IOException, InterruptedException {
        ensureInstalled();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("crosscheck-httpbin-", ".log");
        Process p = new ProcessBuilder(PYTHON.toString(), "-m", "httpbin.core", "--host", "127.0.0.1", "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long until = System.nanoTime() + START_TIMEOUT_NANOS;
        while (!answers(port)) {
            if (!p.isAlive()) throw new IOException("httpbin exited: " + Files.readString(log));
            if (System.nanoTime() > until) {
                p.destroyForcibly();
                throw new IOException("httpbin did not open port " + port + ": " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return new Httpbin(p, log, port);
    }

    static synchronized void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isRegularFile(PACKAGE)) return;
        run("apt-get", "update", "-q");
        run("apt-get", "install", "-y", "-q", "python3-httpbin");
        if (!Files.isRegularFile(PACKAGE)) throw new IOException("apt-get install python3-httpbin did not provide " + PACKAGE);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        int code = pb.start().waitFor();
        if (code != 0) throw new IOException(String.join(" ", command) + " failed with exit code " + code);
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        Files.deleteIfExists(log);
    }
}
