package io.crosscheck.reporters;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.report.Reporter;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.testkit.http.HttpTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** A real run (call steps against a real HTTP server), its reports written by the services and read by their consumers. */
@ExtendWith(ChromiumExtension.class)
class EndToEndReportIT {

    static HttpTestServer server;
    static RunResult run;
    static String console;
    static Path reports;

    @BeforeAll
    static void runScenarios(@TempDir Path project) throws Exception {
        server = HttpTestServer.start()
                .json("GET /usage/42", 200, """
                        {"customer": 42,
                         "readings": [{"meter": "m1", "kwh": 12.5}, {"meter": "m2", "kwh": 30}, {"meter": "m3", "kwh": 7}],
                         "byTariff": {"basic": 120, "premium": 340, "night": 75},
                         "sizes": [3, 5, 5, 6, 7, 7, 7, 8, 9, 12, 13, 21]}""")
                .json("GET /customers/42", 200, "{\"id\": 42, \"name\": \"<script>document.title='pwned'</script>\"}")
                .json("GET /plans/basic", 200, "{\"plan\": \"basic\"}");
        Files.writeString(project.resolve("crosscheck.yaml"), """
                environments:
                  local:
                    http: { baseUrl: %s }
                """.formatted(server.url()));
        Files.writeString(project.resolve("usage.yaml"), """
                scenario: Usage is summarised
                tags: [usage, smoke]
                steps:
                  - call: { url: /usage/42 }
                    expect:
                      status: 200
                      body.customer: 42
                    report:
                      table: body.readings
                      chart: { type: bar, data: body.byTariff, title: Consumption by tariff }
                  - call: { url: /customers/42 }
                    expect:
                      body.name: Ann
                ---
                scenario: Plans exist
                tags: [smoke]
                examples:
                  - { plan: basic }
                  - { plan: premium }
                steps:
                  - call: { url: "/plans/${plan}" }
                    expect: { status: 200 }
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleReporter listener = new ConsoleReporter(new PrintStream(out, true, StandardCharsets.UTF_8), false, false);
        run = Crosscheck.run(RunOptions.of(project), listener);
        console = out.toString(StandardCharsets.UTF_8);
        reports = Files.createDirectories(HtmlReportIT.OUT.resolve("end-to-end"));
        for (Reporter r : ServiceLoader.load(Reporter.class)) r.write(run, reports);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theRunHasWhatTheServerAnswered() {
        assertThat(run.scenarios()).extracting(ScenarioResult::displayName, ScenarioResult::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Usage is summarised", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("Plans exist [plan=basic]", Status.PASSED),
                org.assertj.core.groups.Tuple.tuple("Plans exist [plan=premium]", Status.FAILED));
    }

    @Test
    void consoleShowsEachScenarioAndTheSummary() {
        assertThat(console).contains("PASS  Plans exist [plan=basic]").contains("FAIL  Usage is summarised")
                .contains("FAIL  Plans exist [plan=premium]").contains("3 scenarios · 1 passed · 2 failed");
    }

    @Test
    void junitXmlIsValidAndResultsJsonReadsBack() throws Exception {
        io.crosscheck.testkit.JunitXsd.validateJunitXml(reports.resolve("junit.xml"));
        String xml = Files.readString(reports.resolve("junit.xml"));
        assertThat(xml).containsPattern("classname=\"[^\"]*usage\"").contains("name=\"Plans exist [plan=premium]\"").doesNotContain("<script>")
                .contains("<failure message=\"call GET /plans/premium: status: expected 200, was 404\" type=\"call\">");
        RunResult back = new ResultsJsonReader().read(reports.resolve("results.json"));
        assertThat(back.scenarios()).extracting(ScenarioResult::displayName)
                .isEqualTo(run.scenarios().stream().map(ScenarioResult::displayName).toList());
        assertThat(back.count(Status.FAILED)).isEqualTo(2);
    }

    @Test
    void htmlShowsTheRealRunInChromium(Chromium b) throws Exception {
        b.navigate(reports.resolve("index.html").toUri().toString());
        b.waitFor("document.documentElement.dataset.ready === 'true'");
        b.clearEvents();
        b.eval("document.querySelectorAll('.sc:not(.open) .sc-head').forEach(h => h.click())");
        b.eval("document.querySelectorAll('.step-head[aria-expanded=false]').forEach(h => h.click())");
        String usage = "[...document.querySelectorAll('.sc')].find(e => e.querySelector('.sc-name').textContent === 'Usage is summarised')";
        assertThat(b.eval(usage + ".querySelectorAll('.report-item svg.chart rect.bar').length").asInt()).isEqualTo(3);
        assertThat(b.eval(usage + ".querySelector('.report-item table.rows').tBodies[0].rows.length").asInt()).isEqualTo(3);
        assertThat(b.eval(usage + ".querySelectorAll('.waterfall rect.wf-bar').length").asInt()).isEqualTo(2);
        assertThat(b.eval(usage + ".innerText").asText()).contains("<script>document.title='pwned'</script>");
        assertThat(b.eval("document.title").asText()).startsWith("FAILED · 3 scenarios");
        assertThat(b.errors()).isEmpty();
        b.screenshot(HtmlReportIT.OUT.resolve("end-to-end.png"), 1400);
    }
}
