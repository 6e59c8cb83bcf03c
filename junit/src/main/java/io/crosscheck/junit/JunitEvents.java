package io.crosscheck.junit;

import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.TestAbortedException;

/**
 * The engine's live events as JUnit's: a scenario run starts its containers, each finished step is a test reported at
 * once, a finished run closes its containers. An event names its run and step by their ids in the plan
 * ({@link KeptRuns}, {@link StepDescriptor#stepId()}), never by display text, so identical example rows stay apart.
 * Called from the runner's threads.
 */
final class JunitEvents implements RunListener {
    private final EngineExecutionListener junit;
    private final Map<String, TestDescriptor> runs;
    private final Set<TestDescriptor> started = new HashSet<>();
    private final Set<TestDescriptor> finished = new HashSet<>();
    private final Set<TestDescriptor> failedRuns = new HashSet<>();

    JunitEvents(EngineExecutionListener junit, Map<String, TestDescriptor> runs) {
        this.junit = junit;
        this.runs = runs;
    }

    @Override
    public synchronized void scenarioStarted(String id, String displayName, Position position) {
        TestDescriptor d = runs.get(id);
        if (d == null) return;
        for (TestDescriptor container : lineage(d)) start(container);
        d.getChildren().stream().findFirst().ifPresent(this::start);
    }

    /**
     * A step is reported started when the one before it finished (steps run one after another), so that JUnit's
     * timing of each step is the step's own; a step that then turns out skipped is reported aborted.
     */
    @Override
    public synchronized void stepFinished(String scenarioId, StepRecord record) {
        TestDescriptor d = runs.get(scenarioId);
        if (d == null) return;
        Optional<StepDescriptor> found = steps(d).stream().filter(s -> s.stepId().equals(record.id())).findFirst();
        if (found.isEmpty() || finished.contains(found.get())) return;
        StepDescriptor step = found.get();
        if (record.status() == Status.SKIPPED) {
            String reason = record.error().isEmpty() ? "skipped: its if: is false" : record.error();
            if (started.contains(step)) finish(step, TestExecutionResult.aborted(new TestAbortedException(reason)));
            else skip(step, reason);
        } else {
            start(step);
            fragmentSteps(step, record);
            if (record.status() == Status.PASSED) {
                finish(step, TestExecutionResult.successful());
            } else {
                failedRuns.add(d);
                finish(step, TestExecutionResult.failed(StepFailures.of(record)));
            }
        }
        next(d, step).filter(n -> !failedRuns.contains(d) || n.phase() == Phase.TEARDOWN).ifPresent(this::start);
    }

    @Override
    public synchronized void scenarioFinished(ScenarioResult result) {
        TestDescriptor d = runs.get(result.id());
        if (d != null) close(d, result);
    }

    /** After the run: what never started is skipped (fail-fast, a stopped run), every started container is closed. */
    synchronized void runEnded(RunResult result) {
        for (ScenarioResult r : result.scenarios()) {
            TestDescriptor d = runs.get(r.id());
            if (d != null && !finished.contains(d)) close(d, r);
        }
        for (TestDescriptor run : runs.values()) {
            if (!started.contains(run)) skipRun(run, "not run");
        }
        for (TestDescriptor run : runs.values()) {
            for (TestDescriptor d : innermostFirst(run)) closeIfDone(d);
        }
    }

    /** A scenario run's container ends as its run did: a failed or broken run fails it, whatever its steps showed. */
    private void close(TestDescriptor run, ScenarioResult result) {
        if (!started.contains(run) && (result.status() == Status.FAILED || result.status() == Status.ERROR)) {
            // an error before its first step (the run-level setup failed) still fails the run, never skips it
            for (TestDescriptor container : lineage(run)) start(container);
        }
        if (!started.contains(run)) {
            skipRun(run, result.message().isEmpty() ? "not run" : result.message());
        } else {
            for (TestDescriptor step : run.getChildren()) {
                if (!started.contains(step)) skip(step, "not run");
                else finish(step, TestExecutionResult.aborted(new TestAbortedException("not run")));
            }
            finish(run, switch (result.status()) {
                case FAILED, ERROR -> TestExecutionResult.failed(StepFailures.of(result));
                case SKIPPED -> TestExecutionResult.aborted(new TestAbortedException(result.message()));
                case PASSED -> TestExecutionResult.successful();
            });
        }
        for (TestDescriptor d : innermostFirst(run)) closeIfDone(d);
    }

    /** A container whose children are all reported is finished (the file, the scenario of example rows). */
    private void closeIfDone(TestDescriptor d) {
        if (!started.contains(d) || finished.contains(d)) return;
        if (d.getChildren().stream().allMatch(finished::contains)) finish(d, TestExecutionResult.successful());
    }

    private static List<StepDescriptor> steps(TestDescriptor run) {
        return run.getChildren().stream().filter(StepDescriptor.class::isInstance).map(StepDescriptor.class::cast).toList();
    }

    private static Optional<StepDescriptor> next(TestDescriptor run, StepDescriptor step) {
        List<StepDescriptor> all = steps(run);
        int i = all.indexOf(step);
        return i >= 0 && i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty();
    }

    /** A use step's fragment steps, registered under it as dynamic tests and reported with their own outcomes. */
    private void fragmentSteps(TestDescriptor use, StepRecord record) {
        int number = 0;
        for (StepRecord inner : record.steps()) {
            FragmentStepDescriptor d = new FragmentStepDescriptor(use, ++number, inner);
            use.addChild(d);
            junit.dynamicTestRegistered(d);
            if (inner.status() == Status.SKIPPED) {
                skip(d, inner.error().isEmpty() ? "skipped: its if: is false" : inner.error());
                continue;
            }
            start(d);
            fragmentSteps(d, inner);
            finish(d, inner.status() == Status.PASSED ? TestExecutionResult.successful()
                    : TestExecutionResult.failed(StepFailures.of(inner)));
        }
    }

    /** The file, scenario and (for a row) example descriptors, outermost first. */
    private static List<TestDescriptor> lineage(TestDescriptor run) {
        List<TestDescriptor> out = new ArrayList<>();
        for (TestDescriptor d = run; d != null; d = d.getParent().orElse(null)) {
            out.add(0, d);
            if (d instanceof FileDescriptor) break;
        }
        return out;
    }

    private static List<TestDescriptor> innermostFirst(TestDescriptor run) {
        List<TestDescriptor> out = lineage(run);
        Collections.reverse(out);
        return out;
    }

    /** A run that never started is skipped inside its started file and scenario, as the listener contract wants. */
    private void skipRun(TestDescriptor run, String reason) {
        List<TestDescriptor> containers = lineage(run);
        for (TestDescriptor d : containers.subList(0, containers.size() - 1)) start(d);
        skip(run, reason);
    }

    private void start(TestDescriptor d) {
        if (started.add(d)) junit.executionStarted(d);
    }

    private void finish(TestDescriptor d, TestExecutionResult result) {
        if (finished.add(d)) junit.executionFinished(d, result);
    }

    private void skip(TestDescriptor d, String reason) {
        if (started.contains(d) || !finished.add(d)) return;
        junit.executionSkipped(d, reason);
    }
}
