package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections that a real third-party server closed while they sat in the pool: the next call goes out again on a
 * new connection, whatever its method, and passes.
 */
class StaleConnectionIT {
    @TempDir
    Path dir;

    private RunResult run(String url, String scenario) throws Exception {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local:
                    http: { baseUrl: %s }
                """.formatted(url));
        Files.writeString(dir.resolve("s.yaml"), scenario);
        return Crosscheck.run(RunOptions.of(dir));
    }

    private static void assertEveryStepPassed(RunResult r) {
        ScenarioResult s = r.scenarios().get(0);
        for (StepRecord step : s.steps()) assertThat(step.status()).as(step.name() + ": " + step.error()).isEqualTo(Status.PASSED);
        assertThat(s.status()).isEqualTo(Status.PASSED);
    }

    @Test
    void theSecondCallToAnHttp10ServerThatClosesEachConnectionPasses() throws Exception {
        Optional<Path> python = ProcessServer.onPath("python3");
        assumeTrue(python.isPresent(), "python3 is not on the PATH");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("a.json"), "{\"id\": 1}");
        try (ProcessServer server = ProcessServer.start(site,
                List.of(python.get().toString(), "-u", "-m", "http.server", "0", "--bind", "127.0.0.1"))) {
            RunResult r = run(server.url(), """
                    scenario: python http.server
                    steps:
                      - call: { url: /a.json }
                        expect: { status: 200, body.id: 1 }
                      - call: { url: /a.json }
                        expect: { status: 200, body.id: 1 }
                      - call: { method: POST, url: /a.json, json: { n: 1 } }
                        expect: { status: 501 }
                      - call: { method: POST, url: /a.json, json: { n: 2 } }
                        expect: { status: 501 }
                    """);
            assertEveryStepPassed(r);
        }
    }

    @Test
    void aCallAfterANodeServerClosedTheIdleConnectionPasses() throws Exception {
        Optional<Path> node = ProcessServer.onPath("node");
        assumeTrue(node.isPresent(), "node is not on the PATH");
        String script = """
                const http = require('http');
                const server = http.createServer((req, res) => {
                  let body = '';
                  req.on('data', c => body += c);
                  req.on('end', () => {
                    res.setHeader('Content-Type', 'application/json');
                    res.end(JSON.stringify({ method: req.method, body }));
                  });
                });
                // Node closes an idle connection a little after keepAliveTimeout (the scenario waits 2.5 s)
                server.keepAliveTimeout = 1000;
                server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
                """;
        try (ProcessServer server = ProcessServer.start(dir, List.of(node.get().toString(), "-e", script))) {
            RunResult r = run(server.url(), """
                    scenario: node keepAliveTimeout
                    steps:
                      - call: { url: /x }
                        expect: { status: 200, body.method: GET }
                      - wait: { for: 2500ms }
                      - call: { url: /x }
                        expect: { status: 200, body.method: GET }
                      - wait: { for: 2500ms }
                      - call: { method: POST, url: /x, json: { n: 1 } }
                        expect: { status: 200, body.method: POST, body.body: '{"n":1}' }
                    """);
            assertEveryStepPassed(r);
        }
    }
}
