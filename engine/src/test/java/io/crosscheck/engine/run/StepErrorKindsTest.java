package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every FAILED or ERROR step carries a structured failure whose text is the step's error. */
class StepErrorKindsTest {
    @TempDir
    Path dir;

    private StepRecord firstStep(String yaml) throws IOException {
        Files.writeString(dir.resolve("s.yaml"), yaml);
        return Crosscheck.run(RunOptions.of(dir)).scenarios().get(0).steps().get(0);
    }

    @Test
    void aCheckThatDoesNotHoldIsAFailedCheckAndAPassedStepHasNoFailure() throws IOException {
        Files.writeString(dir.resolve("s.yaml"), """
                scenario: check
                vars: { n: 1 }
                steps: [ { wait: { for: 1ms } }, { assert: [ "n == 2" ] } ]
                """);
        var steps = Crosscheck.run(RunOptions.of(dir)).scenarios().get(0).steps();
        assertThat(steps.get(0).failure()).isNull();
        assertThat(steps.get(0).error()).isEmpty();
        assertThat(steps.get(1).failure().kind()).isEqualTo(StepError.Kind.FAILED_CHECK);
        assertThat(steps.get(1).failure().text()).isEqualTo(steps.get(1).error());
    }

    @Test
    void aStepCutAtItsTimeoutIsATimeout() throws IOException {
        StepRecord step = firstStep("scenario: slow\nsteps: [ { wait: { for: 5s }, timeout: 200ms } ]\n");
        assertThat(step.failure()).isEqualTo(StepError.of(StepError.Kind.TIMEOUT, "timed out after 200ms"));
        assertThat(step.error()).isEqualTo("timed out after 200ms");
    }

    @Test
    void aCrashInAnExpectIsInternalAndSaysWhichPart() throws IOException {
        StepRecord step = firstStep("""
                scenario: deep regex
                vars: { text: %s }
                steps: [ { wait: { for: 1ms }, expect: { that: [ "text =~ '(a|b)*'" ] } } ]
                """.formatted("ab".repeat(100_000)));
        assertThat(step.failure().kind()).isEqualTo(StepError.Kind.INTERNAL);
        assertThat(step.failure().message()).startsWith("expect: ").isEqualTo(step.error());
    }
}
