package io.crosscheck.junit;

import io.crosscheck.steps.testkit.StepTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.launcher.TagFilter.includeTags;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.crosscheck.reporters.ResultsJsonReader;
import io.crosscheck.testkit.http.HttpTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/**
 * Scenarios that call a real HTTP service, run through the JUnit Platform: configuration parameters choose the
 * environment and set variables, and the launcher's selections and filters decide what actually runs (the service
 * counts the requests).
 */
class HttpScenariosTest {
    static HttpTestServer server;
    static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = HttpTestServer.start();
        for (String plan : new String[] {"basic", "premium", "family"}) {
            server.route("GET /plans/" + plan, (ex, body) -> {
                hits.computeIfAbsent(plan, k -> new AtomicInteger()).incrementAndGet();
                HttpTestServer.respond(ex, 200, "application/json", "{\"plan\": \"" + plan + "\", \"price\": " + plan.length() + "}");
            });
        }
        server.route("GET /customers/42", (ex, body) -> HttpTestServer.respond(ex, 200, "application/json",
                "{\"id\": 42, \"name\": \"" + ex.getRequestHeaders().getFirst("X-Team") + "\"}"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void project() {
        hits.clear();
        StepTestKit.in(dir)
                .file("crosscheck.yaml", """
                        environments:
                          nowhere:
                            http: { baseUrl: "http://127.0.0.1:9" }
                          test:
                            http: { baseUrl: "%s", headers: { X-Team: billing } }
                        """.formatted(server.url()))
                .file("plans.yaml", """
                        scenario: Each plan has a price
                        tags: [plans]
                        examples:
                          - { plan: basic }
                          - { plan: premium }
                          - { plan: family }
                        steps:
                          - call: { url: "/plans/${plan}" }
                            expect:
                              status: 200
                              body.price: ${size(plan)}
                        """)
                .file("customers.yaml", """
                        scenario: A customer is found by id
                        tags: [customers]
                        steps:
                          - call: { url: "/customers/${customerId}" }
                            expect:
                              status: 200
                              body.name: ${team}
                        """);
    }

    private EngineTestKit.Builder kit() {
        return EngineTestKit.engine(Ids.ENGINE).configurationParameter("crosscheck.env", "test")
                .configurationParameter("crosscheck.vars.customerId", "42")
                .configurationParameter("crosscheck.vars.team", "billing");
    }

    @Test
    void theEnvironmentAndVariablesComeFromConfigurationParameters() {
        EngineExecutionResults results = kit().selectors(selectDirectory(dir.toFile())).execute();
        results.testEvents().assertStatistics(s -> s.started(4).succeeded(4));
        assertThat(hits).containsOnlyKeys("basic", "premium", "family");
        assertThat(hits.values()).allMatch(n -> n.get() == 1);
    }

    @Test
    void aWrongValueFailsTheStepWithExpectedAndActual() {
        EngineExecutionResults results = kit().configurationParameter("crosscheck.vars.team", "payments")
                .selectors(selectDirectory(dir.toFile())).execute();
        results.testEvents().assertThatEvents().haveExactly(1, event(test(displayName("customers.yaml › A customer is found by id › call GET /customers/${customerId}")),
                finishedWithFailure(instanceOf(AssertionFailedError.class),
                        message(m -> m.endsWith("customers.yaml:4:5: body.name: expected 'payments', was 'billing'")))));
    }

    @Test
    void theDefaultEnvironmentReachesNoServiceAndTheStepIsAnError() {
        EngineExecutionResults results = EngineTestKit.engine(Ids.ENGINE)
                .configurationParameter("crosscheck.vars.customerId", "42").configurationParameter("crosscheck.vars.team", "x")
                .selectors(selectDirectory(dir.toFile())).execute();
        results.testEvents().assertThatEvents().haveAtLeastOne(event(test(), finishedWithFailure(instanceOf(ScenarioError.class),
                message(m -> m.contains("customers.yaml:4:5")))));
        assertThat(hits).isEmpty();
    }

    @Test
    void aUniqueIdRunsOnlyThatExampleRow() {
        UniqueId id = UniqueId.forEngine("crosscheck").append("file", dir.resolve("plans.yaml").toAbsolutePath().normalize().toString())
                .append("scenario", "1").append("example", "2");
        EngineExecutionResults results = kit().selectors(selectUniqueId(id)).execute();
        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
        results.containerEvents().assertThatEvents().haveExactly(1, event(displayName("plans.yaml › Each plan has a price [2: plan=premium]"), finishedSuccessfully()));
        assertThat(hits).containsOnlyKeys("premium");
    }

    @Test
    void theLaunchersTagFilterKeepsOnlyTaggedScenariosAndOnlyThoseRun() {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(dir.toFile())).filters(includeTags("customers"))
                .configurationParameters(Map.of("crosscheck.env", "test", "crosscheck.vars.customerId", "42",
                        "crosscheck.vars.team", "billing"))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        TestExecutionSummary s = summary.getSummary();
        assertThat(s.getTestsSucceededCount()).isEqualTo(1);
        assertThat(s.getTestsFailedCount()).isZero();
        assertThat(hits).isEmpty();
    }

    @Test
    void reportsAreWrittenWhenAReportDirIsGiven() throws Exception {
        Path reports = dir.resolve("reports");
        kit().configurationParameter("crosscheck.reportDir", reports.toString()).selectors(selectDirectory(dir.toFile()))
                .execute().testEvents().assertStatistics(s -> s.succeeded(4));
        assertThat(reports.resolve("index.html")).exists();
        assertThat(Files.readString(reports.resolve("junit.xml"))).contains("A customer is found by id");
        assertThat(new ResultsJsonReader().read(reports.resolve("results.json")).scenarios()).hasSize(4);
    }
}
