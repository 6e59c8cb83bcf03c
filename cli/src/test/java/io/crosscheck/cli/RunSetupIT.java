package io.crosscheck.cli;

import static io.crosscheck.cli.Outcome.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.testkit.http.HttpTestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run-level setup and teardown of crosscheck.yaml against a real HTTP service, and --vars-file, through the CLI. */
class RunSetupIT {
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger logouts = new AtomicInteger();
    private volatile int loginStatus = 200;
    private HttpTestServer server;

    @TempDir
    Path dir;


    @BeforeEach
    void start() throws IOException {
        server = HttpTestServer.start()
                .route("POST /login", (ex, body) -> {
                    int n = logins.incrementAndGet();
                    HttpTestServer.respond(ex, loginStatus, "application/json", "{\"token\": \"t-" + n + "\"}");
                })
                .route("POST /logout", (ex, body) -> {
                    logouts.incrementAndGet();
                    HttpTestServer.respond(ex, 204, "application/json", "");
                })
                .route("GET /secure", (ex, body) -> {
                    boolean ok = "Bearer t-1".equals(ex.getRequestHeaders().getFirst("Authorization"));
                    HttpTestServer.respond(ex, ok ? 200 : 401, "application/json", "{}");
                });
    }

    @AfterEach
    void stop() {
        server.close();
    }


    private Path project(int scenarios) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local:
                    http: { baseUrl: %s }
                setup:
                  - name: log in
                    call: { method: POST, url: /login }
                    expect: { status: 200 }
                    save: { token: body.token }
                teardown:
                  - name: log out
                    call: { method: POST, url: /logout }
                """.formatted(server.url()));
        Path folder = Files.createDirectories(dir.resolve("scenarios"));
        for (int i = 0; i < scenarios; i++) {
            Files.writeString(folder.resolve("s" + i + ".yaml"), """
                    scenario: secure %d
                    steps:
                      - call: { url: /secure, headers: { Authorization: "Bearer ${token}" } }
                        expect: { status: 200 }
                    """.formatted(i));
        }
        return folder;
    }

    @Test
    void theSetupRunsOnceForEightScenariosOnFourThreadsAndItsTokenReachesEveryOne() throws Exception {
        Path reports = dir.resolve("out");
        Outcome o = cli("run", project(8).toString(), "--parallel", "4", "--report-dir", reports.toString());
        assertThat(o.code()).as(o.out() + o.err()).isEqualTo(0);
        assertThat(logins).hasValue(1);
        assertThat(logouts).hasValue(1);
        String junit = Files.readString(reports.resolve("junit.xml"));
        assertThat(junit).contains("name=\"run setup\"").contains("name=\"run teardown\"").contains("crosscheck.yaml");
        assertThat(Files.readString(reports.resolve("results.json"))).contains("\"run setup\"");
    }

    @Test
    void aFailedSetupErrorsEveryScenarioUnrunWritesTheReportsAndStillTearsDown() throws Exception {
        loginStatus = 500;
        Path reports = dir.resolve("out");
        Outcome o = cli("run", project(3).toString(), "--parallel", "4", "--report-dir", reports.toString());
        assertThat(o.code()).as(o.out() + o.err()).isEqualTo(1);
        assertThat(logins).hasValue(1);
        assertThat(logouts).hasValue(1);
        assertThat(o.out()).contains("not run: the run's setup failed: log in: ");
        String junit = Files.readString(reports.resolve("junit.xml"));
        assertThat(junit.split("<error", -1)).hasSize(1 + 4); // the setup and the three scenarios
        assertThat(reports.resolve("index.html")).exists();
    }

    @Test
    void aMissingVarsFileExitsTwoNamingIt() throws Exception {
        Outcome o = cli("run", project(1).toString(), "--vars-file", dir.resolve("nowhere.yaml").toString(),
                "--report-dir", dir.resolve("out").toString());
        assertThat(o.code()).as(o.out() + o.err()).isEqualTo(2);
        assertThat(o.out() + o.err()).contains("nowhere.yaml:1:1").contains("--vars-file: no such file");
        assertThat(logins).hasValue(0);
    }

    @Test
    void aVarsFileOfTheCommandLineGivesEveryScenarioItsValues() throws Exception {
        Path folder = project(0);
        Files.writeString(folder.resolve("s.yaml"), """
                scenario: from the file
                steps:
                  - assert: [ "who == 'file' && n == 2" ]
                """);
        Path vars = dir.resolve("local.yaml");
        Files.writeString(vars, "who: file\nn: 1\n");
        Path more = dir.resolve("more.yaml");
        Files.writeString(more, "n: 2\n");
        Outcome o = cli("run", folder.toString(), "--vars-file", vars.toString(), "--vars-file", more.toString(),
                "--report-dir", dir.resolve("out").toString());
        assertThat(o.code()).as(o.out() + o.err()).isEqualTo(0);
    }
}
