package io.crosscheck.steps.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A third-party HTTP server run as a child process on 127.0.0.1 (Python's http.server, Node's http), on a port it
 * picks itself and prints on its first line of output.
 */
final class ProcessServer implements AutoCloseable {
    private static final Pattern PORT = Pattern.compile("port (\\d+)");

    private final Process process;
    private final int port;

    private ProcessServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The program on the PATH, if there is one. */
    static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Starts {@code command} in {@code dir} and waits until it prints "port N". */
    static ProcessServer start(Path dir, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    Matcher m = PORT.matcher(line);
                    if (m.find()) return Integer.parseInt(m.group(1));
                }
                throw new IllegalStateException("exited before it printed its port: " + command);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            int p = port.get(20, TimeUnit.SECONDS);
            // keep draining the log so the child never blocks on a full pipe
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "process-server-log");
            drain.setDaemon(true);
            drain.start();
            return new ProcessServer(process, p);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
