package io.crosscheck.junit;

import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.spi.step.Problem;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

/**
 * A failed step as the throwable JUnit tools understand: each failed check an {@link AssertionFailedError} with
 * expected and actual (IDEs show the difference), several of them a {@link MultipleFailuresError}; a step that could
 * not be checked (refused connection, crash) a {@link ScenarioError}. Messages start with file:line:column. None has a
 * stack trace: the frames would be the engine's own, and the message already says where in the YAML it failed.
 */
final class StepFailures {
    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];

    private StepFailures() {
    }

    /**
     * For a {@code use} step that failed inside its fragment, the fragment's failing step speaks: its position in the
     * fragment file, its checks, and its name after the use step's.
     */
    static Throwable of(StepRecord useOrStep) {
        StepRecord step = useOrStep.failedStep();
        String at = step.position() + ": ";
        String name = step == useOrStep ? step.name() : useOrStep.name() + " › " + step.name();
        if (step.status() == Status.ERROR) return new ScenarioError(at + name + ": " + step.error());
        List<AssertionFailedError> failed = step.checks().stream().filter(c -> !c.passed())
                .map(c -> check(at, c)).toList();
        if (failed.isEmpty()) return trimmed(new AssertionFailedError(at + name + ": " + step.error()));
        if (failed.size() == 1) return failed.get(0);
        return trimmed(new MultipleFailuresError(at + name + ": " + failed.size() + " checks failed", failed));
    }

    /** A failed scenario run (a check failed) or a broken one (ERROR), for its container. */
    static Throwable of(ScenarioResult run) {
        String message = run.position() + ": " + run.message();
        return run.status() == Status.ERROR ? new ScenarioError(message) : trimmed(new AssertionFailedError(message));
    }

    private static AssertionFailedError check(String at, CheckResult c) {
        String message = c.summary();
        if (!message.startsWith(c.path())) message = c.path() + ": " + message;
        return trimmed(new AssertionFailedError(at + message, c.expected(), c.actual()));
    }

    static Throwable of(List<Problem> problems) {
        return new ScenarioError(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    }

    private static <T extends Throwable> T trimmed(T error) {
        error.setStackTrace(NO_FRAMES);
        return error;
    }
}
