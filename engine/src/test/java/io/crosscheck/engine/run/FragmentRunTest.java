package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code use} runs a fragment's steps in their own scope, nested under the use step in the results (spec §2.6). */
class FragmentRunTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ScenarioResult run(String scenario) throws IOException {
        write("s.yaml", scenario);
        RunResult r = Crosscheck.run(RunOptions.of(dir).vars(Map.of("cliVar", "from-cli")));
        assertThat(r.scenarios()).hasSize(1);
        return r.scenarios().get(0);
    }

    private void greet() throws IOException {
        write("fragments/greet.yaml", """
                fragment: Greet someone
                params: { user: alice, greeting: null, line: "${greeting}, ${user}" }
                steps:
                  - assert: [ "greeting != ''" ]
                    save: { said: line }
                """);
    }

    @Test
    void paramsTakeTheirDefaultsThenWithAndSaveReadsTheFragmentsScope() throws IOException {
        greet();
        var s = run("""
                scenario: greet
                vars: { who: bob }
                steps:
                  - use: fragments/greet.yaml
                    with: { greeting: "Hi ${who}" }
                    save: { text: said, defaulted: user }
                  - assert: [ "text == 'Hi bob, alice'", "defaulted == 'alice'" ]
                """);
        assertThat(s.status()).as(s.message()).isEqualTo(Status.PASSED);
        StepRecord use = s.steps().get(0);
        assertThat(use.verb()).isEqualTo("use");
        assertThat(use.name()).isEqualTo("use fragments/greet.yaml");
        assertThat(use.steps()).singleElement().satisfies(inner -> {
            assertThat(inner.verb()).isEqualTo("assert");
            assertThat(inner.position().file()).endsWith("fragments/greet.yaml");
            assertThat(inner.position().line()).isEqualTo(4);
            assertThat(inner.position().column()).isEqualTo(5);
        });
    }

    @Test
    void aFailureInsideTheFragmentFailsTheUseStepAndPointsIntoTheFragmentFile() throws IOException {
        write("fragments/check.yaml", """
                fragment: Check the amount
                params: { amount: null }
                steps:
                  - assert: [ "amount > 0" ]
                  - assert: [ "amount < 10" ]
                  - assert: [ "true" ]
                """);
        var s = run("""
                scenario: amount
                steps:
                  - use: fragments/check.yaml
                    with: { amount: 42 }
                  - assert: [ "true" ]
                """);
        assertThat(s.status()).isEqualTo(Status.FAILED);
        StepRecord use = s.steps().get(0);
        assertThat(use.status()).isEqualTo(Status.FAILED);
        String at = dir.resolve("fragments/check.yaml").toString();
        assertThat(Path.of(use.failedStep().position().file()).toAbsolutePath().toString()).isEqualTo(at);
        assertThat(use.failedStep().position().line()).isEqualTo(5);
        assertThat(use.error()).isEqualTo("assert amount < 10 (" + at + ":5:5): amount was 42, 10 was 10");
        assertThat(use.steps()).extracting(StepRecord::status)
                .containsExactly(Status.PASSED, Status.FAILED, Status.SKIPPED);
        assertThat(s.steps().get(1).status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void theFragmentSeesEnvironmentAndRunValuesButNotTheCallersScenarioVars() throws IOException {
        write("crosscheck.yaml", """
                environments:
                  local: { vars: { envVar: from-env } }
                """);
        write("fragments/probe.yaml", """
                fragment: Probe the scope
                steps:
                  - assert: [ "envVar == 'from-env'", "cliVar == 'from-cli'" ]
                  - assert: [ "secretOfCaller == 1" ]
                """);
        var s = run("""
                scenario: isolated
                vars: { secretOfCaller: 1 }
                steps:
                  - use: fragments/probe.yaml
                """);
        assertThat(s.status()).isEqualTo(Status.FAILED);
        List<StepRecord> inner = s.steps().get(0).steps();
        assertThat(inner.get(0).status()).isEqualTo(Status.PASSED);
        assertThat(inner.get(1).status()).isEqualTo(Status.FAILED);
        assertThat(inner.get(1).error()).contains("secretOfCaller");
    }

    @Test
    void fragmentsNestAndEachStepKeepsItsOwnFile() throws IOException {
        greet();
        write("fragments/twice.yaml", """
                fragment: Greet twice
                params: { user: null }
                steps:
                  - use: greet.yaml
                    with: { user: "${user}", greeting: Hello }
                    save: { first: said }
                  - use: greet.yaml
                    with: { user: "${user}", greeting: Bye }
                    save: { second: said }
                """);
        var s = run("""
                scenario: nested
                steps:
                  - use: fragments/twice.yaml
                    with: { user: carol }
                    save: { both: "first + ' / ' + second" }
                    expect: { first: "Hello, carol" }
                  - assert: [ "both == 'Hello, carol / Bye, carol'" ]
                """);
        assertThat(s.status()).as(s.message()).isEqualTo(Status.PASSED);
        StepRecord outer = s.steps().get(0);
        assertThat(outer.checks()).singleElement().matches(c -> c.passed());
        assertThat(outer.steps()).hasSize(2).allSatisfy(u -> {
            assertThat(u.position().file()).endsWith("twice.yaml");
            assertThat(u.steps()).singleElement().satisfies(a -> assertThat(a.position().file()).endsWith("greet.yaml"));
        });
    }

    @Test
    void ifAndRetryApplyToTheUseStepAsAWhole() throws IOException {
        write("fragments/never.yaml", """
                fragment: Never passes
                steps:
                  - assert: [ "true" ]
                  - assert: [ "false" ]
                """);
        var s = run("""
                scenario: retried
                steps:
                  - use: fragments/never.yaml
                    if: "1 == 2"
                  - use: fragments/never.yaml
                    retry: { timeout: 300ms, every: 50ms }
                """);
        assertThat(s.steps().get(0).status()).isEqualTo(Status.SKIPPED);
        StepRecord retried = s.steps().get(1);
        assertThat(retried.status()).isEqualTo(Status.FAILED);
        assertThat(retried.attempts()).isGreaterThan(1);
        assertThat(retried.steps()).extracting(StepRecord::status).containsExactly(Status.PASSED, Status.FAILED);
    }

    @Test
    void aTimeoutOfTheUseStepBoundsTheWholeFragment() throws IOException {
        write("fragments/slow.yaml", """
                fragment: Slow
                steps:
                  - wait: { for: 500ms }
                  - wait: { for: 500ms }
                  - wait: { for: 500ms }
                """);
        var s = run("""
                scenario: bounded
                steps:
                  - use: fragments/slow.yaml
                    timeout: 300ms
                """);
        assertThat(s.steps().get(0).status()).isEqualTo(Status.ERROR);
        assertThat(s.steps().get(0).error()).isEqualTo("timed out after 300ms");
    }

    @Test
    void theRunLevelSetupMayUseAFragmentAndItsValuesReachTheScenariosFragments() throws IOException {
        greet();
        write("crosscheck.yaml", """
                setup:
                  - use: fragments/greet.yaml
                    with: { user: admin, greeting: Welcome }
                    save: { adminGreeting: said }
                """);
        write("fragments/seesRun.yaml", """
                fragment: Sees the run's values
                steps:
                  - assert: [ "adminGreeting == 'Welcome, admin'" ]
                """);
        write("s.yaml", """
                scenario: after the run's setup
                steps:
                  - use: fragments/seesRun.yaml
                """);
        RunResult r = Crosscheck.run(RunOptions.of(dir));
        assertThat(r.scenarios()).extracting(ScenarioResult::name).containsExactly("run setup", "after the run's setup");
        assertThat(r.scenarios()).allSatisfy(s -> assertThat(s.status()).as(s.message()).isEqualTo(Status.PASSED));
        assertThat(r.scenarios().get(0).steps().get(0).steps()).singleElement()
                .satisfies(inner -> assertThat(inner.position().file()).endsWith("greet.yaml"));
    }
}
