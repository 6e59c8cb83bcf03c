package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.testkit.http.Httpbin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call step against httpbin (Debian's python3-httpbin) on 127.0.0.1: what it echoes is what was sent. */
class HttpbinIT {
    static Httpbin httpbin;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        httpbin = Httpbin.start();
    }

    @AfterAll
    static void stop() throws Exception {
        httpbin.close();
    }

    private RunResult run(String scenario) throws IOException {
        return run("headers: { X-Test: crosscheck }", scenario);
    }

    private RunResult run(String http, String scenario) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local:
                    http: { baseUrl: %s, %s }
                """.formatted(httpbin.url(), http));
        Files.writeString(dir.resolve("s.yaml"), scenario);
        return Crosscheck.run(RunOptions.of(dir));
    }

    private static void passed(RunResult r) {
        for (ScenarioResult s : r.scenarios()) assertThat(s.status()).as(s.name() + ": " + s.message()).isEqualTo(Status.PASSED);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> response(RunResult r, int scenario, int step) {
        return (Map<String, Object>) r.scenarios().get(scenario).steps().get(step).response();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String key) {
        return (Map<String, Object>) ((Map<String, Object>) value).get(key);
    }

    @Test
    void aNullHeaderQueryParameterOrFormFieldIsLeftOut() throws IOException {
        var r = run("""
                scenario: Country ${country}
                steps:
                  - call:
                      url: /get
                      headers: { X-Country: "${country}", X-Test: "${null}" }
                      query: { active: true, country: "${country}", tag: [a, b] }
                  - call:
                      method: POST
                      url: /post
                      form: { plan: basic, country: "${country}" }
                examples:
                  - { country: null }
                  - { country: fr }
                """);
        passed(r);
        var empty = map(response(r, 0, 0), "body");
        assertThat(map(empty, "args")).isEqualTo(Map.of("active", "true", "tag", java.util.List.of("a", "b")));
        assertThat(map(empty, "headers")).doesNotContainKeys("X-Country", "X-Test");
        assertThat(map(map(response(r, 0, 1), "body"), "form")).isEqualTo(Map.of("plan", "basic"));
        var fr = map(response(r, 1, 0), "body");
        assertThat(map(fr, "args")).containsEntry("country", "fr");
        assertThat(map(fr, "headers")).containsEntry("X-Country", "fr").doesNotContainKey("X-Test");
        assertThat(map(map(response(r, 1, 1), "body"), "form")).containsEntry("country", "fr");
    }

    @Test
    void theResultHasTheBodyAsTextAndTheRequestAsSentForALaterStep() throws IOException {
        var r = run("""
                scenario: echo
                steps:
                  - call:
                      method: POST
                      url: /post
                      query: { q: "a b" }
                      json: { n: 1, name: ann }
                    expect:
                      request.method: POST
                      request.url: %s/post?q=a%%20b
                      request.headers['content-type']: application/json; charset=utf-8
                      request.body: '{"n":1,"name":"ann"}'
                      text: { contains: '"json":{"n":1' }
                      body.json.name: ann
                  - call:
                      method: POST
                      url: /anything
                      body: ${call.request.body}
                      headers: { Content-Type: application/json }
                    expect:
                      body.json: { n: 1, name: ann }
                      request.headers.X-Test: crosscheck
                """.formatted(httpbin.url()));
        passed(r);
        assertThat(response(r, 0, 0).get("text")).asString().startsWith("{");
    }

    @Test
    void aCookieSetOnARedirectIsSentLaterAndEachExampleRowHasItsOwnJar() throws IOException {
        var r = run("""
                scenario: Cookies ${n}
                steps:
                  - call: { url: /cookies }
                    expect: { body.cookies: {}, cookies: {} }
                  - call: { url: "/cookies/set?session=s${n}" }
                    expect: { status: 200, body.cookies.session: "s${n}", cookies.session: "s${n}" }
                  - call: { url: /cookies }
                    expect: { body.cookies: { session: "s${n}" } }
                  - call: { url: "/cookies/set?theme=dark", followRedirects: false }
                    expect: { status: 302, headers.location: /cookies, cookies: { session: "s${n}", theme: dark } }
                  - call: { url: "/cookies/delete?session=" }
                    expect: { body.cookies: { theme: dark }, cookies: { theme: dark } }
                examples: [ { n: 1 }, { n: 2 } ]
                """);
        passed(r);
        assertThat(r.scenarios()).hasSize(2);
    }

    @Test
    void redirectsAreNotFollowedWhenTheEnvironmentSaysSoUnlessTheCallDoes() throws IOException {
        var r = run("followRedirects: false", """
                scenario: redirects
                steps:
                  - call: { url: "/redirect-to?url=/get" }
                    expect: { status: 302, headers.location: /get }
                  - call: { url: "/redirect-to?url=/get", followRedirects: true }
                    expect: { status: 200, request.url: %s/get }
                """.formatted(httpbin.url()));
        passed(r);
    }

    @Test
    void multipartSendsTextFieldsAndFilePartsAndAFileBodyIsSentAsIs() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/meter.txt"), "reading 42\n");
        Files.writeString(dir.resolve("data/order.json"), "{\"id\": 7}");
        var r = run("""
                scenario: uploads
                steps:
                  - call:
                      method: POST
                      url: /post
                      multipart:
                        note: first upload
                        absent: ${null}
                        upload: { file: data/meter.txt, contentType: text/plain, filename: m.txt }
                    expect:
                      body.form: { note: first upload }
                      body.files.upload: "reading 42\\n"
                      body.headers.Content-Type: { matches: "multipart/form-data; boundary=.*" }
                      request.body.upload: { file: data/meter.txt, size: 11, filename: m.txt, contentType: text/plain }
                  - call: { method: PUT, url: /put, body: { file: data/order.json } }
                    expect:
                      body.json: { id: 7 }
                      body.headers.Content-Type: application/json; charset=utf-8
                      request.body: { file: data/order.json, size: 9 }
                """);
        passed(r);
    }

    @Test
    void basicAndBearerAuthArePerCallOrFromTheEnvironmentAndNeverShown() throws IOException {
        var r = run("auth: { bearer: t-env }", """
                scenario: auth
                steps:
                  - call: { url: /bearer }
                    expect: { status: 200, body.token: t-env, request.headers.Authorization: Bearer **** }
                  - call: { url: /basic-auth/qa/s3cret, auth: { basic: { user: qa, password: s3cret } } }
                    expect: { status: 200, body: { authenticated: true, user: qa }, request.headers.Authorization: Basic **** }
                  - call: { url: /basic-auth/qa/s3cret, auth: { basic: { user: qa, password: wrong } } }
                    expect: { status: 401 }
                  - call: { url: /bearer, auth: { bearer: "${'call-' + 'token'}" } }
                    expect: { body.token: call-token }
                  - call: { url: /bearer, headers: { Authorization: Bearer mine } }
                    expect: { body.token: mine, request.headers.Authorization: Bearer mine }
                """);
        passed(r);
        assertThat(r.scenarios().get(0).steps().get(1).request().get("headers").toString()).doesNotContain("cWE6czNjcmV0");
    }

    @Test
    void aRedirectLoopAndAMissingFileFailTheirStepWithTheCauseAndTheRunGoesOn() throws IOException {
        Files.writeString(dir.resolve("z.yaml"), """
                scenario: next
                steps:
                  - call: { url: /get }
                    expect: { status: 200 }
                """);
        var r = run("""
                scenario: broken
                vars: { name: missing.json }
                steps:
                  - call: { url: /redirect/25 }
                  - call: { method: POST, url: /post, body: { file: "${name}" } }
                """);
        ScenarioResult broken = r.scenarios().stream().filter(s -> s.name().equals("broken")).findFirst().orElseThrow();
        assertThat(broken.status()).isEqualTo(Status.ERROR);
        assertThat(broken.steps().get(0).error()).contains("Too many follow-up requests");
        assertThat(r.scenarios()).anyMatch(s -> s.name().equals("next") && s.status() == Status.PASSED);

        var second = run("""
                scenario: broken
                vars: { name: missing.json }
                steps:
                  - call: { method: POST, url: /post, body: { file: "${name}" } }
                """);
        ScenarioResult file = second.scenarios().stream().filter(s -> s.name().equals("broken")).findFirst().orElseThrow();
        assertThat(file.steps().get(0).error()).contains("body.file: file not found: " + dir.toRealPath().resolve("missing.json"));
        assertThat(second.scenarios()).anyMatch(s -> s.name().equals("next") && s.status() == Status.PASSED);
    }
    @Test
    void theHttpFunctionsWorkOnRealResponsesAndASecretIsMaskedInTheSentRequestAndTheEchoedText() throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), "environments:\n  local:\n    http: { baseUrl: " + httpbin.url() + " }\n");
        Files.writeString(dir.resolve("s.yaml"), """
                scenario: functions
                steps:
                  - call:
                      method: POST
                      url: /anything
                      auth: { basic: { user: qa, password: "${secret('HB_PASSWORD')}" } }
                      query: { p: "${secret('HB_PASSWORD')}" }
                      form: { password: "${secret('HB_PASSWORD')}" }
                    expect:
                      body.headers.Authorization: "Basic ${base64('qa:' + secret('HB_PASSWORD'))}"
                      body.form.password: "${secret('HB_PASSWORD')}"
                  - call: { url: /xml }
                    expect:
                      that:
                        - xpath(text, '/slideshow/@title') == 'Sample Slide Show'
                        - xpath(text, 'count(//slide)') == 2
                  - call:
                      url: "/basic-auth/qa/${urlEncode('p w')}"
                      headers: { Authorization: "Basic ${base64('qa:p w')}" }
                    expect: { status: 200, body.user: qa }
                """);
        RunOptions options = RunOptions.of(dir).systemEnvironment(Map.of("HB_PASSWORD", "pw s3cret&9"));
        var r = Crosscheck.run(options);
        passed(r);
        var first = r.scenarios().get(0).steps().get(0);
        assertThat(String.valueOf(first.response())).doesNotContain("s3cret").contains("p=****");
        assertThat(String.valueOf(first.request())).doesNotContain("s3cret").contains("password=****");
    }
}
