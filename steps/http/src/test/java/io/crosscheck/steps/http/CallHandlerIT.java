package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.http.HttpTestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call step against a real HTTP server on 127.0.0.1. */
class CallHandlerIT {
    static HttpTestServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = HttpTestServer.start()
                .json("GET /customers/42", 200, "{\"id\": 42, \"email\": \"a@example.com\", \"is_active\": false, \"tags\": [\"x\", \"y\"]}")
                .route("POST /echo", (ex, body) -> {
                    String q = ex.getRequestURI().getQuery();
                    String header = ex.getRequestHeaders().getFirst("X-Test");
                    HttpTestServer.respond(ex, 201, "application/json",
                            "{\"received\": " + body + ", \"query\": \"" + q + "\", \"header\": \"" + header + "\"}");
                })
                .route("GET /moved", (ex, body) -> {
                    ex.getResponseHeaders().add("Location", "/customers/42");
                    HttpTestServer.respond(ex, 302, "text/plain", "moved");
                })
                .route("POST /form", (ex, body) -> HttpTestServer.respond(ex, 200, "text/plain", body))
                .route("GET /trace", (ex, body) -> HttpTestServer.respond(ex, 200, "application/json",
                        "{\"traceparent\": \"" + ex.getRequestHeaders().getFirst("traceparent") + "\", \"correlation\": \""
                                + ex.getRequestHeaders().getFirst("X-Correlation-Id") + "\"}"))
                .route("GET /slow", (ex, body) -> {
                    Thread.sleep(5_000);
                    HttpTestServer.respond(ex, 200, "text/plain", "late");
                })
                .route("GET /hostile", (ex, body) -> {
                    ex.getResponseHeaders().add("X-Evil", "<img src=x onerror=alert(1)>");
                    HttpTestServer.respond(ex, 200, "text/html", "<script>alert(1)</script>]]><img src=x onerror=alert(2)>");
                });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private RunResult run(String scenario) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local:
                    vars: { api: %s }
                    http: { baseUrl: %s, headers: { X-Test: crosscheck } }
                """.formatted(server.url(), server.url()));
        Files.writeString(dir.resolve("s.yaml"), scenario);
        return Crosscheck.run(RunOptions.of(dir));
    }

    private static StepRecord step(RunResult r, int i) {
        return r.scenarios().get(0).steps().get(i);
    }

    @Test
    void getParsesTheJsonBodyAndExpectationsPass() throws IOException {
        var r = run("""
                scenario: get
                vars: { id: 42 }
                steps:
                  - call: { url: "${api}/customers/${id}" }
                    expect:
                      status: 200
                      body.id: 42
                      body.is_active: false
                      body.tags: { size: 2, contains: y }
                      headers['content-type']: { contains: json }
                    save:
                      customer: body
                  - assert:
                      - customer.email == 'a@example.com'
                      - call.status == 200
                """);
        assertThat(r.scenarios().get(0).status()).as(r.scenarios().get(0).message()).isEqualTo(Status.PASSED);
        assertThat(step(r, 0).name()).isEqualTo("call GET " + server.url() + "/customers/42");
        assertThat(step(r, 0).checks()).hasSize(6).allMatch(c -> c.passed());
    }

    @Test
    void postSendsJsonQueryAndEnvironmentHeadersToARelativeUrl() throws IOException {
        var r = run("""
                scenario: post
                steps:
                  - call:
                      method: POST
                      url: /echo
                      query: { active: true }
                      json: { name: "O'Brien", n: 3 }
                    expect:
                      status: 201
                      body.received: { name: "O'Brien", n: 3 }
                      body.query: active=true
                      body.header: crosscheck
                """);
        assertThat(r.scenarios().get(0).status()).as(r.scenarios().get(0).message()).isEqualTo(Status.PASSED);
        assertThat(step(r, 0).request()).containsEntry("method", "POST").containsKey("body");
    }

    @Test
    void formBodiesAreUrlEncoded() throws IOException {
        var r = run("""
                scenario: form
                steps:
                  - call: { method: POST, url: /form, form: { a: "1 2", b: x } }
                    expect: { body: "a=1%202&b=x" }
                """);
        assertThat(r.scenarios().get(0).status()).as(r.scenarios().get(0).message()).isEqualTo(Status.PASSED);
    }

    @Test
    void aFailedExpectationShowsExpectedAndActual() throws IOException {
        var r = run("""
                scenario: mismatch
                steps:
                  - call: { url: /customers/42 }
                    expect: { status: 201 }
                """);
        ScenarioResult s = r.scenarios().get(0);
        assertThat(s.status()).isEqualTo(Status.FAILED);
        var check = step(r, 0).checks().get(0);
        assertThat(check.passed()).isFalse();
        assertThat(check.expected()).isEqualTo(201L);
        assertThat(((Number) check.actual()).intValue()).isEqualTo(200);
    }

    @Test
    void aHangingServiceIsCutAtTheStepTimeoutAndTheRunGoesOn() throws IOException {
        Files.writeString(dir.resolve("z.yaml"), """
                scenario: next
                steps:
                  - call: { url: /customers/42 }
                    expect: { status: 200 }
                """);
        long start = System.nanoTime();
        var r = run("""
                scenario: hang
                steps:
                  - call: { url: /slow }
                    timeout: 1s
                """);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_500);
        ScenarioResult hang = r.scenarios().stream().filter(s -> s.name().equals("hang")).findFirst().orElseThrow();
        assertThat(hang.status()).isEqualTo(Status.ERROR);
        assertThat(hang.steps().get(0).error()).startsWith("timed out after 1s");
        assertThat(hang.steps().get(0).failure().kind()).isEqualTo(StepError.Kind.TIMEOUT);
        assertThat(r.scenarios()).anyMatch(s -> s.name().equals("next") && s.status() == Status.PASSED);
    }

    @Test
    void aRefusedConnectionFailsTheStepWithItsCause() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        var r = run("""
                scenario: refused
                steps:
                  - call: { url: "http://127.0.0.1:%d/x" }
                """.formatted(closedPort));
        ScenarioResult s = r.scenarios().get(0);
        assertThat(s.status()).isEqualTo(Status.ERROR);
        assertThat(s.steps().get(0).error()).containsIgnoringCase("refused");
        assertThat(s.steps().get(0).failure().kind()).isEqualTo(StepError.Kind.UNREACHABLE);
    }

    @Test
    void hostileBodiesAreKeptAsPlainText() throws IOException {
        var r = run("""
                scenario: hostile
                steps:
                  - call: { url: /hostile }
                    expect: { body: { contains: "<script>" } }
                """);
        assertThat(r.scenarios().get(0).status()).isEqualTo(Status.PASSED);
        @SuppressWarnings("unchecked")
        var value = (Map<String, Object>) step(r, 0).response();
        assertThat(value.get("body")).isEqualTo("<script>alert(1)</script>]]><img src=x onerror=alert(2)>");
    }

    @Test
    void redirectsAreFollowedUnlessTheCallSaysNot() throws IOException {
        var r = run("""
                scenario: redirects
                steps:
                  - call: { url: /moved }
                    expect: { status: 200, body.id: 42 }
                  - call: { url: /moved, followRedirects: false }
                    expect: { status: 302, headers.location: /customers/42 }
                  - call: { url: /moved }
                    expect: { status: 200 }
                """);
        assertThat(r.scenarios().get(0).status()).as(r.scenarios().get(0).message()).isEqualTo(Status.PASSED);
    }
    @Test
    void aCallsOwnTimeoutCutsItBeforeTheStepTimeout() throws IOException {
        long start = System.nanoTime();
        var r = run("""
                scenario: own timeout
                steps:
                  - call: { url: /slow, timeout: 500ms }
                """);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
        assertThat(step(r, 0).error()).startsWith("timed out after 500ms");
        assertThat(step(r, 0).failure().kind()).isEqualTo(StepError.Kind.TIMEOUT);
    }

    @Test
    void theEnvironmentsProxyCarriesEveryCall() throws IOException {
        try (HttpTestServer proxy = HttpTestServer.start().route("GET /via", (ex, body) ->
                HttpTestServer.respond(ex, 200, "text/plain", "proxied " + ex.getRequestURI()))) {
            Files.writeString(dir.resolve("crosscheck.yaml"), """
                    environments:
                      local:
                        http: { proxy: "127.0.0.1:%d" }
                    """.formatted(proxy.port()));
            Files.writeString(dir.resolve("s.yaml"), """
                    scenario: proxy
                    steps:
                      - call: { url: "http://upstream.invalid/via" }
                        expect: { status: 200, text: proxied http://upstream.invalid/via }
                    """);
            var r = Crosscheck.run(RunOptions.of(dir));
            assertThat(r.scenarios().get(0).status()).as(r.scenarios().get(0).message()).isEqualTo(Status.PASSED);
        }
    }

    @Test
    void everyCallSendsTheScenarioRunsTraceWithASpanOfItsOwn() throws IOException {
        RunResult r = run("""
                scenario: traced
                steps:
                  - call: { url: /trace }
                    expect: { body.traceparent: { matches: '^00-[0-9a-f]{32}-[0-9a-f]{16}-01$' } }
                    save: { first: body.traceparent }
                  - call: { url: /trace }
                    save: { second: body.traceparent }
                  - assert:
                      - first =~ ('00-' + trace.id + '-.*')
                      - second =~ ('00-' + trace.id + '-.*')
                      - first != second
                  - call: { url: /trace, headers: { traceparent: 00-0123456789abcdef0123456789abcdef-0123456789abcdef-01 } }
                    expect: { body.traceparent: 00-0123456789abcdef0123456789abcdef-0123456789abcdef-01 }
                """);
        assertThat(r.scenarios().get(0).status()).as(r.scenarios().get(0).message()).isEqualTo(Status.PASSED);
        assertThat(step(r, 0).request()).extractingByKey("headers").asString().contains("traceparent");
    }

    @Test
    void theProjectsOwnTraceHeaderCarriesTheTraceId() throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                trace: { header: X-Correlation-Id }
                environments:
                  local:
                    http: { baseUrl: %s }
                """.formatted(server.url()));
        Files.writeString(dir.resolve("s.yaml"), """
                scenario: correlated
                steps:
                  - call: { url: /trace }
                    expect:
                      body.correlation: ${trace.id}
                      that: [ "trace.header == 'X-Correlation-Id'" ]
                """);
        RunResult r = Crosscheck.run(RunOptions.of(dir));
        assertThat(r.scenarios().get(0).status()).as(r.scenarios().get(0).message()).isEqualTo(Status.PASSED);
    }
}
