package io.crosscheck.cli;

import static io.crosscheck.cli.Outcome.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.testkit.http.HttpTestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end: a user's scenario folder, a real HTTP service, exit codes and the reports read back. */
class CliIT {
    static HttpTestServer server;

    @TempDir
    Path dir;


    @BeforeAll
    static void start() throws IOException {
        server = HttpTestServer.start()
                .json("GET /customers", 200, "[{\"id\": 1, \"active\": true}, {\"id\": 2, \"active\": false}, {\"id\": 3, \"active\": false}]")
                .route("GET /secure", (ex, body) -> {
                    boolean ok = ("Bearer top-secret-42").equals(ex.getRequestHeaders().getFirst("Authorization"));
                    HttpTestServer.respond(ex, ok ? 200 : 401, "application/json",
                            "{\"echo\": \"" + ex.getRequestHeaders().getFirst("Authorization") + "\"}");
                });
    }

    @AfterAll
    static void stop() {
        server.close();
    }


    private void project(String scenario) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local:
                    http: { baseUrl: %s }
                """.formatted(server.url()));
        Files.writeString(dir.resolve("customers.yaml"), scenario);
    }

    @Test
    void aPassingRunExitsZeroAndWritesThreeReports() throws Exception {
        project("""
                scenario: Inactive customers are listed
                tags: [smoke]
                steps:
                  - call: { url: /customers }
                    expect:
                      status: 200
                      body: { size: 3 }
                    save:
                      inactive: where(body, c -> !c.active)
                    report:
                      table: body
                  - assert:
                      - size(inactive) == 2
                      - groupCount(inactive, 'active')[false] == 2
                """);
        Path reports = dir.resolve("out");
        Outcome o = cli("run", dir.toString(), "--report-dir", reports.toString());
        assertThat(o.code()).as(o.out() + o.err()).isEqualTo(0);
        assertThat(o.out()).contains("Inactive customers are listed").contains("report: " + reports.resolve("index.html"));
        assertThat(reports.resolve("index.html")).exists();
        assertThat(Files.readString(reports.resolve("results.json"))).contains("\"PASSED\"");
        io.crosscheck.testkit.JunitXsd.validateJunitXml(reports.resolve("junit.xml"));
        io.crosscheck.testkit.JunitXsd.validateSuiteFile(reports.resolve("junit/TEST-customers.xml"));
    }

    @Test
    void aFailingScenarioExitsOne() throws Exception {
        project("""
                scenario: Wrong count
                steps:
                  - call: { url: /customers }
                    expect: { body: { size: 4 } }
                """);
        Outcome o = cli("run", dir.toString(), "--report-dir", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("out/junit.xml"))).contains("<failure");
    }

    @Test
    void aFailureInsideAFragmentPointsIntoTheFragmentFileInEveryReport() throws Exception {
        project("""
                scenario: Uses a fragment
                steps:
                  - use: fragments/list.yaml
                    with: { wanted: 4 }
                """);
        Files.createDirectories(dir.resolve("fragments"));
        Files.writeString(dir.resolve("fragments/list.yaml"), """
                fragment: List the customers
                params: { wanted: null }
                steps:
                  - call: { url: /customers }
                    expect: { body: { size: "${wanted}" } }
                """);
        Path reports = dir.resolve("out");
        Outcome o = cli("run", dir.toString(), "--report-dir", reports.toString());
        assertThat(o.code()).as(o.out() + o.err()).isEqualTo(1);
        String at = dir.resolve("fragments/list.yaml") + ":4:5";
        assertThat(o.out()).contains(at);
        assertThat(Files.readString(reports.resolve("junit.xml"))).contains("FAILED: step 'call GET /customers' at " + at);
        String json = "{\"file\":\"" + dir.resolve("fragments/list.yaml") + "\",\"line\":4,\"column\":5}";
        assertThat(Files.readString(reports.resolve("results.json")).replace(" ", "")).contains(json);
        assertThat(Files.readString(reports.resolve("index.html"))).contains(json);
    }

    @Test
    void aBrokenScenarioExitsTwoWithFileLineColumnAndNoStackTrace() throws Exception {
        project("""
                scenario: Broken
                steps:
                  - call: { url: /customers }
                  - cal: { url: /customers }
                """);
        Outcome o = cli("run", dir.toString(), "--report-dir", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("customers.yaml:4:5: error: unknown verb or key 'cal' (did you mean 'call'?)")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(cli("validate", dir.toString()).code()).isEqualTo(2);
    }

    @Test
    void aStoppedServiceFailsThatScenarioAndTheOthersStillRun() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        project("""
                scenario: Down
                steps:
                  - call: { url: "http://127.0.0.1:%d/customers" }
                """.formatted(closed));
        Files.writeString(dir.resolve("up.yaml"), "scenario: Up\nsteps:\n  - call: { url: /customers }\n    expect: { status: 200 }\n");
        Outcome o = cli("run", dir.toString(), "--report-dir", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(1);
        String json = Files.readString(dir.resolve("out/results.json"));
        assertThat(json).contains("\"Up\"").contains("\"Down\"").containsIgnoringCase("refused");
        assertThat(Files.readString(dir.resolve("out/junit.xml"))).contains("<error");
    }

    @Test
    void secretsNeverReachTheConsoleOrTheReports() throws Exception {
        project("""
                scenario: Secret
                vars:
                  token: ${secret('PATH')}
                steps:
                  - call: { url: /secure, headers: { Authorization: "Bearer ${token}" } }
                    expect: { status: 200 }
                """);
        String path = System.getenv("PATH");
        Outcome o = cli("run", dir.toString(), "--report-dir", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(1);
        for (String f : new String[] {"index.html", "junit.xml", "results.json"}) {
            assertThat(Files.readString(dir.resolve("out").resolve(f))).doesNotContain(path);
        }
        assertThat(o.out()).doesNotContain(path);
        assertThat(Files.readString(dir.resolve("out/results.json"))).contains("Bearer ****");
    }

    @Test
    void listShowsScenariosWithTags() throws Exception {
        project("scenario: Listed\ntags: [a, b]\nsteps:\n  - assert: [ true ]\n");
        Outcome o = cli("list", dir.toString());
        assertThat(o.code()).isEqualTo(0);
        assertThat(o.out()).contains("customers.yaml:1:1  Listed  [a, b]");
    }

    @Test
    void listShowsFragmentsApartWithTheirParameters() throws Exception {
        project("scenario: Listed\nsteps:\n  - use: fragments/login.yaml\n    with: { password: pw }\n");
        Files.createDirectories(dir.resolve("fragments"));
        Files.writeString(dir.resolve("fragments/login.yaml"),
                "fragment: Log in\nparams: { user: alice, password: null }\nsteps:\n  - assert: [ true ]\n");
        Outcome o = cli("list", dir.toString());
        assertThat(o.code()).as(o.err()).isEqualTo(0);
        assertThat(o.out()).containsSubsequence("customers.yaml:1:1  Listed", "fragments:",
                "fragments/login.yaml:1:1  Log in  (user, password*)");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(cli("run", "--parallel", "x").code()).isEqualTo(2);
        assertThat(cli("run", "--shard", "5/4", dir.toString()).code()).isEqualTo(2);
    }

    @Test
    void aTagNoScenarioHasSelectsNothingAndExitsTwoNamingTheTagsInUse() throws Exception {
        project("scenario: Tagged\ntags: [smoke, billing]\nsteps:\n  - assert: [ true ]\n");
        Outcome o = cli("run", dir.toString(), "--tags", "smok", "--report-dir", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("no scenario selected: --tags smok matches none of the 1 scenarios "
                + "(tags in use: billing, smoke)").doesNotContain("at io.");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anEmptyFolderIsNotGreenUnlessEmptyIsAllowed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Outcome o = cli("run", empty.toString(), "--report-dir", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("no scenario selected: no scenario found");
        Outcome allowed = cli("run", empty.toString(), "--allow-empty", "--report-dir", dir.resolve("out").toString());
        assertThat(allowed.code()).as(allowed.err()).isEqualTo(0);
    }

    @Test
    void aReportFolderThatCannotBeWrittenExitsTwoBeforeAnyStep() throws Exception {
        project("scenario: Calls\nsteps:\n  - call: { url: /customers }\n");
        Path inTheWay = Files.writeString(dir.resolve("taken"), "a file");
        Outcome o = cli("run", dir.resolve("customers.yaml").toString(), "--report-dir", inTheWay.resolve("r").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("cannot write reports to " + inTheWay.resolve("r"));
        assertThat(o.out()).doesNotContain("PASS");
    }

    @Test
    void allureResultsGoWhereAllureDirSays() throws Exception {
        project("scenario: Listed for Allure\ntags: [smoke]\nsteps:\n  - call: { url: /customers }\n");
        Path allure = dir.resolve("allure-results");
        Outcome o = cli("run", dir.toString(), "--report-dir", dir.resolve("out").toString(), "--allure-dir", allure.toString());
        assertThat(o.code()).as(o.err()).isEqualTo(0);
        try (var files = Files.list(allure)) {
            List<String> results = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-result.json")).toList();
            assertThat(results).hasSize(1);
            assertThat(Files.readString(allure.resolve(results.get(0)))).contains("\"Listed for Allure\"")
                    .contains("\"status\":\"passed\"").contains("\"smoke\"");
        }
    }

    @Test
    void allureResultsGoWhereCrosscheckYamlSaysUnlessTheFlagSaysOtherwise() throws Exception {
        project("scenario: Allure from config\nsteps:\n  - call: { url: /customers }\n");
        Files.writeString(dir.resolve("crosscheck.yaml"), Files.readString(dir.resolve("crosscheck.yaml"))
                + "reports: { allure: allure-from-config }\n");
        Outcome o = cli("run", dir.toString(), "--report-dir", dir.resolve("out").toString());
        assertThat(o.code()).as(o.err()).isEqualTo(0);
        try (var files = Files.list(dir.resolve("allure-from-config"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-result.json"));
        }
        Files.writeString(dir.resolve("crosscheck.yaml"), Files.readString(dir.resolve("crosscheck.yaml"))
                .replace("reports: { allure: allure-from-config }", "reports: { alure: x }"));
        Outcome typo = cli("run", dir.toString(), "--report-dir", dir.resolve("out").toString());
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown key 'alure' in reports (did you mean 'allure'?)");
    }
}
