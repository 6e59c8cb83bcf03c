package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.engine.result.Evidence;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's evidence (spec §8) in results.json, junit.xml's failure text and the console. */
class EvidenceReportTest {
    @TempDir
    Path dir;

    private static final String AT = DateTimeFormatter.ofPattern("HH:mm:ss")
            .format(EvidenceRun.CULPRIT.time().atZone(ZoneId.systemDefault()));

    private static RunResult run(ScenarioResult... s) {
        return new RunResult("r", SampleRun.START, 31, "local", List.of(s), false);
    }

    @Test
    void resultsJsonHoldsTheTimelineTheCulpritAndTheSilentSourcesAndReadsThemBack() throws Exception {
        Path file = new JsonReporter().write(run(EvidenceRun.failed(), SampleRun.billing("basic", Status.PASSED)), dir);
        JsonNode scenarios = new ObjectMapper().readTree(file.toFile()).path("scenarios");
        JsonNode s = scenarios.get(0);
        assertThat(s.path("traceId").asText()).isEqualTo(EvidenceRun.TRACE);
        assertThat(s.path("evidence")).hasSize(3);
        assertThat(s.path("evidence").get(0).toString()).isEqualTo("{\"source\":\"app-logs topic\",\"time\":"
                + "\"2025-03-01T10:00:01Z\",\"service\":\"gateway\",\"level\":\"INFO\",\"message\":\"POST /bills\"}");
        assertThat(s.path("culprit").path("service").asText()).isEqualTo("billing");
        assertThat(s.path("evidenceFailures").get(0).toString())
                .isEqualTo("{\"source\":\"billing audit\",\"reason\":\"connection refused: 127.0.0.1:1\"}");
        JsonNode passed = scenarios.get(1);
        assertThat(passed.path("evidence")).isEmpty();
        assertThat(passed.path("culprit").isNull()).isTrue();
        assertThat(passed.has("traceId")).isFalse();

        List<ScenarioResult> back = new ResultsJsonReader().read(file).scenarios();
        assertThat(back.get(0).evidence()).isEqualTo(EvidenceRun.failed().evidence());
        assertThat(back.get(1).evidence()).isEqualTo(Evidence.NONE);
    }

    @Test
    void theCulpritsLineEndsTheJunitFailureText() throws Exception {
        new JunitXmlReporter().write(run(EvidenceRun.failed()), dir);
        String xml = Files.readString(dir.resolve("junit.xml"));
        assertThat(xml).contains("likely culprit: billing at " + AT + " — no tariff for plan &lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void theConsoleShowsTheCulpritUnderTheFailedScenario() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleReporter console = new ConsoleReporter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, false,
                System::nanoTime, 0);
        ScenarioResult s = EvidenceRun.failed();
        console.runStarted("r", 1);
        console.scenarioStarted(s.id(), s.displayName(), s.position());
        console.scenarioFinished(s);
        console.runFinished(run(s));
        String text = bytes.toString(StandardCharsets.UTF_8);
        String culprit = "      likely culprit: billing at " + AT + " — no tariff for plan " + SampleRun.IMG + "\n";
        assertThat(text).contains("      expect status equals: expected 200, actual 404\n" + culprit);
        assertThat(text).contains("  FAIL  Invoice is issued [plan=premium]  scenarios/billing/invoice.yaml:1\n" + culprit);
    }
}
