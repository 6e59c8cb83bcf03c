package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.InvalidInputException;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.http.HttpTestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies longer than maxBodySize: the first bytes are kept, the rest is never read into memory. */
class LargeBodyIT {
    static final long HUGE = 300L << 20;
    static HttpTestServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = HttpTestServer.start()
                .route("GET /chunked", (ex, body) -> stream(ex, 0))
                .route("GET /sized", (ex, body) -> stream(ex, HUGE))
                .json("GET /small", 200, "{\"id\": 7}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** 300 MB of 'x', generated while it is sent; {@code length} 0 sends it chunked. */
    private static void stream(HttpExchange ex, long length) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/plain");
        ex.getResponseHeaders().set("X-Kind", "huge");
        ex.sendResponseHeaders(200, length);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < HUGE; sent += chunk.length) out.write(chunk);
        } catch (IOException e) {
            // the client stopped reading at its limit and closed the connection
        }
    }

    private RunResult run(String http, String scenario) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local:
                    http: { baseUrl: %s %s }
                """.formatted(server.url(), http));
        Files.writeString(dir.resolve("s.yaml"), scenario);
        return Crosscheck.run(RunOptions.of(dir));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> response(RunResult r) {
        StepRecord step = r.scenarios().get(0).steps().get(0);
        assertThat(step.status()).as(String.valueOf(step.error())).isEqualTo(Status.PASSED);
        return (Map<String, Object>) step.response();
    }

    @Test
    void aHugeChunkedBodyKeepsTheDefaultSixteenMegabytesAndStatusAndHeadersStillPass() throws IOException {
        RunResult r = run("", """
                scenario: huge
                steps:
                  - call: { url: /chunked }
                    expect:
                      status: 200
                      headers['x-kind']: huge
                      truncated: true
                """);
        Map<String, Object> value = response(r);
        assertThat(value).containsEntry("truncated", true).doesNotContainKey("length");
        String body = (String) value.get("body");
        assertThat(body).startsWith("xxxx").endsWith("\n[body truncated: kept the first 16 MB (maxBodySize)]");
        assertThat(body.indexOf('\n')).isEqualTo(16 << 20);
    }

    @Test
    void theEnvironmentsMaxBodySizeIsTheLimitAndTheAnnouncedLengthIsKept() throws IOException {
        RunResult r = run(", maxBodySize: 1MB", """
                scenario: sized
                steps:
                  - call: { url: /sized }
                    expect: { status: 200, length: 314572800 }
                """);
        Map<String, Object> value = response(r);
        assertThat(value).containsEntry("truncated", true).containsEntry("length", HUGE);
        assertThat((String) value.get("body")).hasSize((1 << 20) + "\n[body truncated: kept the first 1 MB of 300 MB (maxBodySize)]".length());
    }

    @Test
    void aCallsOwnMaxBodySizeOverridesTheEnvironments() throws IOException {
        RunResult r = run(", maxBodySize: 1MB", """
                scenario: own
                steps:
                  - call: { url: /sized, maxBodySize: 10 }
                """);
        assertThat((String) response(r).get("body")).isEqualTo("xxxxxxxxxx\n[body truncated: kept the first 10 B of 300 MB (maxBodySize)]");
    }

    @Test
    void aBodyUnderTheLimitIsWholeAndParsed() throws IOException {
        RunResult r = run(", maxBodySize: 9", """
                scenario: small
                steps:
                  - call: { url: /small }
                    expect: { body.id: 7, truncated: false }
                """);
        assertThat(response(r)).containsEntry("truncated", false).containsEntry("body", Map.of("id", 7));
    }

    @Test
    void aMaxBodySizeInTheEnvironmentThatIsNotASizeIsReportedAtItsValue() {
        assertThatThrownBy(() -> run(", maxBodySize: 16XB", """
                scenario: bad
                steps:
                  - call: { url: /small }
                """)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("crosscheck.yaml:3:60: error: expected a size such as 16MB");
    }

    @Test
    void aMaxBodySizeInTheEnvironmentAboveOneGigabyteFailsTheCallNamingIt() throws IOException {
        RunResult r = run(", maxBodySize: 2GB", """
                scenario: too big
                steps:
                  - call: { url: /small }
                """);
        StepRecord step = r.scenarios().get(0).steps().get(0);
        assertThat(step.status()).isEqualTo(Status.ERROR);
        assertThat(step.error()).contains("http.maxBodySize: '2GB' is not a size between 1 B and 1 GB");
    }
}
