package io.crosscheck.reporters;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleReporterTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong();

    private String play(ConsoleReporter console) {
        RunResult run = SampleRun.run();
        console.runStarted(run.id(), run.scenarios().size());
        for (ScenarioResult s : run.scenarios()) {
            console.scenarioStarted(s.id(), s.displayName(), s.position());
            nanos.addAndGet(2_000_000_000L);
            s.steps().forEach(step -> console.stepFinished(s.id(), step));
            console.scenarioFinished(s);
        }
        console.runFinished(run);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainOutputHasALinePerScenarioTheFirstFailureAndASummary() {
        String text = play(new ConsoleReporter(out, false, false, nanos::get, 0));
        assertThat(text).doesNotContain("\u001B[").doesNotContain("\r");
        assertThat(text.lines().toList()).startsWith(
                "PASS  Customer profile is created  (127 ms)  scenarios/profile.yaml:3",
                "PASS  Invoice is issued [plan=basic]  (248 ms)  scenarios/billing/invoice.yaml:1",
                "FAIL  Invoice is issued [plan=premium]  (248 ms)  scenarios/billing/invoice.yaml:1",
                "      at scenarios/billing/invoice.yaml:8:7  call GET /invoices/premium",
                "      expect status equals: expected 200, actual 404",
                "ERROR " + SampleRun.HOSTILE_NAME + "  (3.0 s)  scenarios/hostile.yaml:2");
        assertThat(text).contains("SKIP  Slow export  scenarios/profile.yaml:40\n");
        assertThat(text).contains("Failures:\n  FAIL  Invoice is issued [plan=premium]  scenarios/billing/invoice.yaml:1\n");
        assertThat(text).endsWith("FAILED  6 scenarios · 3 passed · 1 failed · 1 error · 1 skipped · 7.7 s\n");
    }

    @Test
    void aFailureInsideAFragmentIsShownAtTheFragmentsLine() {
        ScenarioResult s = SampleRun.fragment();
        ConsoleReporter console = new ConsoleReporter(out, false, false, nanos::get, 0);
        console.runStarted("r", 1);
        console.scenarioStarted(s.id(), s.displayName(), s.position());
        s.steps().forEach(step -> console.stepFinished(s.id(), step));
        console.scenarioFinished(s);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\n      use fragments/login.yaml: assert token != '' (scenarios/fragments/login.yaml:7:7): token was ''\n");
    }

    @Test
    void controlCharactersFromASystemUnderTestAreShownEscaped() {
        String hostile = "body \u001B]0;owned\u0007 \u001B[2J\r\u0000 \u202Eevil\u009B";
        ConsoleReporter console = new ConsoleReporter(out, true, true, nanos::get, 0);
        ScenarioResult s = new ScenarioResult("name " + hostile, "", new io.crosscheck.engine.result.Position("s.yaml", 1, 1),
                java.util.List.of(), "", java.util.Map.of(), io.crosscheck.engine.result.Status.FAILED, null, 5,
                java.util.List.of(), "expected 200, was " + hostile);
        console.runStarted("r", 1);
        console.scenarioStarted(s.id(), s.displayName(), s.position());
        console.scenarioFinished(s);
        console.runFinished(new RunResult("r", null, 5, "", java.util.List.of(s), false));
        String text = bytes.toString(StandardCharsets.UTF_8);
        String ours = text.replaceAll("\u001B\\[[0-9;]*[mK]", "").replace("\r", "");
        assertThat(ours).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u0000")
                .doesNotContain("\u202E").doesNotContain("\u009B");
        assertThat(ours).contains("name body \\x1B]0;owned\\x07 \\x1B[2J\\x0D\\x00 \\u202Eevil\\x9B")
                .contains("expected 200, was body \\x1B]0;owned");
    }

    @Test
    void colorWrapsStatusesInAnsiCodes() {
        String text = play(new ConsoleReporter(out, true, false, nanos::get, 0));
        assertThat(text).contains("\u001B[32mPASS \u001B[0m").contains("\u001B[1;31mFAIL \u001B[0m")
                .contains("\u001B[1;31mFAILED\u001B[0m");
    }

    @Test
    void liveLineIsRedrawnInPlaceAndClearedBeforeEachScenarioLine() {
        String text = play(new ConsoleReporter(out, false, true, nanos::get, 0));
        assertThat(text).contains("[0/6] 0 failed · 00:00 · Customer profile is created");
        assertThat(text).contains("[3/6] 1 failed · 00:06");
        // every scenario line starts on a cleared line, never glued to the progress text
        for (String line : text.split("\n")) {
            if (line.contains("PASS  ") || line.contains("FAIL  ")) {
                String after = line.substring(line.lastIndexOf('\r') + 1);
                assertThat(after).matches("^(PASS|FAIL|ERROR|SKIP|  ).*");
            }
        }
        assertThat(text).endsWith("· 7.7 s\n");
    }

    @Test
    void liveClockTicksWhileAStepRunsLong() throws Exception {
        ConsoleReporter console = new ConsoleReporter(out, false, true, System::nanoTime, 20);
        console.runStarted("r", 1);
        console.scenarioStarted("billing.yaml:1", "Waits for billing", null);
        Thread.sleep(300);
        int redraws = bytes.toString(StandardCharsets.UTF_8).split("\\[0/1] 0 failed", -1).length - 1;
        assertThat(redraws).isGreaterThan(3);
        console.runFinished(new RunResult("r", null, 300, "", java.util.List.of(), false));
        int after = bytes.size();
        Thread.sleep(100);
        assertThat(bytes.size()).isEqualTo(after); // the clock stops with the run
    }
}
