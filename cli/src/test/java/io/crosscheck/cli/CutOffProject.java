package io.crosscheck.cli;

import io.crosscheck.testkit.http.HttpTestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A project whose one scenario, "Cut off", calls {@code /started} on a real HTTP server, then waits 60 s, then
 * asserts: a run to stop in the middle of a step, once {@link #started} says the call was made.
 */
final class CutOffProject implements AutoCloseable {
    private final HttpTestServer server;
    private final CountDownLatch called = new CountDownLatch(1);
    private final Path scenarios;

    /** Writes {@code crosscheck.yaml} into {@code dir} and the scenario into {@code dir/long/}. */
    CutOffProject(Path dir) throws IOException {
        server = HttpTestServer.start().route("GET /started", (ex, body) -> {
            called.countDown();
            HttpTestServer.respond(ex, 200, "application/json", "{}");
        });
        Files.writeString(dir.resolve("crosscheck.yaml"), "environments:\n  local:\n    http: { baseUrl: %s }\n"
                .formatted(server.url()));
        scenarios = Files.createDirectories(dir.resolve("long"));
        Files.writeString(scenarios.resolve("long.yaml"), """
                scenario: Cut off
                steps:
                  - call: { url: /started }
                  - wait: { for: 60s }
                  - assert: [ "1 == 1" ]
                """);
    }

    /** The folder holding the scenario, to name to {@code run}. */
    Path scenarios() {
        return scenarios;
    }

    /** Whether the scenario made its call within {@code seconds}. */
    boolean started(long seconds) throws InterruptedException {
        return called.await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        server.close();
    }
}
