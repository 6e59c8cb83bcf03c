package io.crosscheck.junit;

import io.crosscheck.engine.spi.CheckResult;
import io.crosscheck.engine.spi.Problem;
import io.crosscheck.engine.spi.Status;
import io.crosscheck.engine.spi.StepRecord;
import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

/**
 * A failed step as the throwable JUnit tools understand: each failed check an {@link AssertionFailedError} with
 * expected and actual (IDEs show the difference), several of them a {@link MultipleFailuresError}; a step that could
 * not be checked (refused connection, crash) a {@link ScenarioError}. Messages start with file:line:column.
 */
final class StepFailures {
    private StepFailures() {
    }

    static Throwable of(StepRecord step) {
        String at = step.position() + ": ";
        if (step.status() == Status.ERROR) return new ScenarioError(at + step.name() + ": " + step.error());
        List<AssertionFailedError> failed = step.checks().stream().filter(c -> !c.passed())
                .map(c -> check(at, c)).toList();
        if (failed.isEmpty()) return new AssertionFailedError(at + step.name() + ": " + step.error());
        if (failed.size() == 1) return failed.get(0);
        return new MultipleFailuresError(at + step.name() + ": " + failed.size() + " checks failed", failed);
    }

    private static AssertionFailedError check(String at, CheckResult c) {
        String message = c.message().isEmpty() ? c.path() + ": expected " + c.expected() + ", was " + c.actual() : c.message();
        if (!message.startsWith(c.path())) message = c.path() + ": " + message;
        return new AssertionFailedError(at + message, c.expected(), c.actual());
    }

    static Throwable of(List<Problem> problems) {
        return new ScenarioError(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    }
}
