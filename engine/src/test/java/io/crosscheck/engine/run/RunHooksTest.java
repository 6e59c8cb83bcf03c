package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.Phase;
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

/** The run-level setup and teardown of crosscheck.yaml: once per run, first and last, shared saved values. */
class RunHooksTest {
    @TempDir
    Path dir;

    private RunResult run(String config, RunOptions options, String... scenarios) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), config);
        for (int i = 0; i < scenarios.length; i++) Files.writeString(dir.resolve("s" + i + ".yaml"), scenarios[i]);
        return Crosscheck.run(options);
    }

    private static String scenario(String name, String check) {
        return "scenario: " + name + "\nsteps:\n  - assert: [ \"" + check + "\" ]\n";
    }

    @Test
    void valuesSavedBySetupAreSeenByEveryScenario() throws IOException {
        var r = run("""
                environments:
                  local: { vars: { user: admin } }
                setup:
                  - name: fetch the token
                    assert: [ "user == 'admin'" ]
                    save: { token: "'tok-' + user" }
                """, RunOptions.of(dir), scenario("a", "token == 'tok-admin'"), scenario("b", "token == 'tok-admin'"));
        assertThat(r.scenarios()).extracting(ScenarioResult::name, ScenarioResult::status).containsExactly(
                tuple("run setup", Status.PASSED), tuple("a", Status.PASSED), tuple("b", Status.PASSED));
        ScenarioResult setup = r.scenarios().get(0);
        assertThat(setup.file()).endsWith("crosscheck.yaml");
        assertThat(setup.position().line()).isEqualTo(3);
        assertThat(setup.steps()).extracting(StepRecord::name, StepRecord::phase)
                .containsExactly(tuple("fetch the token", Phase.SETUP));
        assertThat(setup.steps().get(0).position().line()).isEqualTo(5);
    }

    @Test
    void aScenarioSavingTheSameNameDoesNotChangeWhatTheOthersSee() throws IOException {
        var r = run("""
                setup:
                  - assert: [ "true" ]
                    save: { token: "'shared'" }
                """, RunOptions.of(dir),
                "scenario: a\nsteps:\n  - assert: [ \"token == 'shared'\" ]\n    save: { token: \"'mine'\" }\n"
                        + "  - assert: [ \"token == 'mine'\" ]\n",
                scenario("b", "token == 'shared'"));
        assertThat(r.scenarios()).allMatch(s -> s.status() == Status.PASSED, "passed");
    }

    @Test
    void aFailedSetupMakesEveryScenarioErrorUnrunAndTheTeardownStillRuns() throws IOException {
        var r = run("""
                setup:
                  - name: log in
                    assert: [ "1 == 2" ]
                teardown:
                  - name: log out
                    assert: [ "true" ]
                """, RunOptions.of(dir).parallel(2), scenario("a", "true"), scenario("b", "true"));
        assertThat(r.scenarios()).extracting(ScenarioResult::name, ScenarioResult::status).containsExactly(
                tuple("run setup", Status.ERROR), tuple("a", Status.ERROR), tuple("b", Status.ERROR),
                tuple("run teardown", Status.PASSED));
        assertThat(r.scenarios().get(1).steps()).isEmpty();
        assertThat(r.scenarios().get(1).message()).startsWith("not run: the run's setup failed: log in: ");
        assertThat(r.scenarios().get(3).steps()).extracting(StepRecord::name, StepRecord::status, StepRecord::phase)
                .containsExactly(tuple("log out", Status.PASSED, Phase.TEARDOWN));
        assertThat(r.passed()).isFalse();
    }

    @Test
    void theSetupRunsOnceBeforeAnyScenarioAlsoWithParallelRuns() throws IOException {
        String[] scenarios = new String[8];
        for (int i = 0; i < scenarios.length; i++) scenarios[i] = scenario("p" + i, "token == 1");
        var r = run("""
                setup:
                  - wait: { for: 300ms }
                    save: { token: "1" }
                """, RunOptions.of(dir).parallel(4), scenarios);
        List<ScenarioResult> all = r.scenarios();
        assertThat(all).filteredOn(s -> s.name().equals("run setup")).hasSize(1);
        ScenarioResult setup = all.get(0);
        var setupEnded = setup.startedAt().plusMillis(setup.durationMs());
        assertThat(all.subList(1, all.size())).hasSize(8).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(Status.PASSED);
            assertThat(s.startedAt()).isAfterOrEqualTo(setupEnded);
        });
    }

    @Test
    void aFailingTeardownIsAnErrorOfItsOwn() throws IOException {
        var r = run("""
                teardown:
                  - assert: [ "1 == 2" ]
                  - name: still runs
                    assert: [ "true" ]
                """, RunOptions.of(dir), scenario("a", "true"));
        assertThat(r.scenarios()).extracting(ScenarioResult::name, ScenarioResult::status).containsExactly(
                tuple("a", Status.PASSED), tuple("run teardown", Status.ERROR));
        assertThat(r.scenarios().get(1).steps()).extracting(StepRecord::status)
                .containsExactly(Status.FAILED, Status.PASSED);
    }

    @Test
    void varsFilesMergeInOrderAfterTheEnvironmentAndVarWinsOverAll() throws IOException {
        // the vars files lie beside the scenario folder, not in it: discovery would take them for scenarios
        Files.createDirectories(dir.resolve("vars"));
        Files.writeString(dir.resolve("vars/one.yaml"), "b: one\nc: one\nd: one\nsum: ${a}-one\n");
        Files.writeString(dir.resolve("vars/two.yaml"), "c: two\nd: two\n");
        Path cliFile = dir.resolve("cli.yaml");
        Files.writeString(cliFile, "d: cli-file\ne: cli-file\nn: 42\n");
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local: { vars: { a: env, b: env, c: env, d: env, e: env } }
                varsFiles: [vars/one.yaml, vars/two.yaml]
                """);
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("s.yaml"), scenario("vars",
                "a == 'env' && b == 'one' && c == 'two' && d == 'cli-file' && e == 'var'"
                        + " && n == 42 && sum == 'env-one' && vars.d == 'cli-file' && vars.e == 'var'"));
        var r = Crosscheck.run(RunOptions.of(scenarios).varsFiles(List.of(cliFile)).var("e", "var"));
        assertThat(r.scenarios()).singleElement().satisfies(s -> assertThat(s.status()).as(s.message())
                .isEqualTo(Status.PASSED));
    }

    @Test
    void noHookRunsWhenNoScenarioIsSelected() throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), "setup:\n  - assert: [ \"true\" ]\n");
        Files.writeString(dir.resolve("s.yaml"), "scenario: tagged\ntags: [x]\nsteps:\n  - assert: [ \"true\" ]\n");
        var r = Crosscheck.run(RunOptions.of(dir).tags(List.of("y")));
        assertThat(r.scenarios()).isEmpty();
    }
}
