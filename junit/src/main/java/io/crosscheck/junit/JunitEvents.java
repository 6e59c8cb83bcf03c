package io.crosscheck.junit;

import io.crosscheck.engine.spi.Phase;
import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.RunListener;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.Status;
import io.crosscheck.engine.spi.StepRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.TestAbortedException;

/**
 * The engine's live events as JUnit's: a scenario (or example row) starts its containers, each finished step is a
 * test reported at once, a finished scenario closes its containers. Called from the runner's threads.
 */
final class JunitEvents implements RunListener {
    private final EngineExecutionListener junit;
    /** A scenario run (a scenario, or one example row of it) by its position and display name. */
    private final Map<String, TestDescriptor> runs = new LinkedHashMap<>();
    private final Map<String, StepDescriptor> steps = new HashMap<>();
    private final Set<TestDescriptor> started = new HashSet<>();
    private final Set<TestDescriptor> finished = new HashSet<>();
    private final Set<TestDescriptor> failedChildren = new HashSet<>();

    JunitEvents(EngineExecutionListener junit, List<FileDescriptor> files) {
        this.junit = junit;
        for (FileDescriptor file : files) {
            for (TestDescriptor child : file.getChildren()) {
                if (!(child instanceof ScenarioDescriptor scenario)) continue;
                if (scenario.scenario().examples().isEmpty()) {
                    index(scenario, scenario.scenario().name());
                } else {
                    for (TestDescriptor row : scenario.getChildren()) {
                        index(row, scenario.scenario().name() + " " + row.getDisplayName());
                    }
                }
            }
        }
    }

    private void index(TestDescriptor run, String display) {
        ScenarioDescriptor scenario = run instanceof ScenarioDescriptor s ? s : (ScenarioDescriptor) run.getParent().orElseThrow();
        runs.put(key(scenario.scenario().position(), display), run);
        for (TestDescriptor step : run.getChildren()) {
            StepDescriptor d = (StepDescriptor) step;
            steps.put(display + "|" + d.step().position(), d);
        }
    }

    private static String key(Position position, String display) {
        return position + "|" + display;
    }

    @Override
    public synchronized void scenarioStarted(String displayName, Position position) {
        TestDescriptor run = runs.get(key(position, displayName));
        if (run == null) return;
        for (TestDescriptor d : lineage(run)) start(d);
        run.getChildren().stream().findFirst().ifPresent(this::start);
    }

    /**
     * A step is reported started when the one before it finished (steps run one after another), so that JUnit's
     * timing of each step is the step's own; a step that then turns out skipped is reported aborted.
     */
    @Override
    public synchronized void stepFinished(String scenarioDisplayName, StepRecord record) {
        StepDescriptor d = steps.get(scenarioDisplayName + "|" + record.position());
        if (d == null || finished.contains(d)) return;
        TestDescriptor run = d.getParent().orElseThrow();
        if (record.status() == Status.SKIPPED) {
            String reason = record.error().isEmpty() ? "skipped: its if: is false" : record.error();
            if (started.contains(d)) finish(d, TestExecutionResult.aborted(new TestAbortedException(reason)));
            else skip(d, reason);
        } else {
            start(d);
            if (record.status() == Status.PASSED) {
                finish(d, TestExecutionResult.successful());
            } else {
                failedChildren.add(run);
                finish(d, TestExecutionResult.failed(StepFailures.of(record)));
            }
        }
        next(run, d).filter(n -> !failedChildren.contains(run) || n.step().phase() == Phase.TEARDOWN).ifPresent(this::start);
    }

    private static Optional<StepDescriptor> next(TestDescriptor run, StepDescriptor step) {
        List<? extends TestDescriptor> all = List.copyOf(run.getChildren());
        int i = all.indexOf(step);
        return i >= 0 && i + 1 < all.size() ? Optional.of((StepDescriptor) all.get(i + 1)) : Optional.empty();
    }

    @Override
    public synchronized void scenarioFinished(ScenarioResult result) {
        TestDescriptor run = runs.get(key(result.position(), result.displayName()));
        if (run == null) return;
        close(run, result);
    }

    /** After the run: what never started is skipped (fail-fast, a stopped run), every started container is closed. */
    synchronized void runEnded(RunResult result) {
        for (ScenarioResult r : result.scenarios()) {
            TestDescriptor run = runs.get(key(r.position(), r.displayName()));
            if (run != null && !finished.contains(run)) close(run, r);
        }
        for (TestDescriptor run : runs.values()) {
            if (!started.contains(run) && !finished.contains(run)) skip(run, "not run");
        }
        for (TestDescriptor run : runs.values()) {
            for (TestDescriptor d : innermostFirst(run)) closeIfDone(d);
        }
    }

    private void close(TestDescriptor run, ScenarioResult result) {
        if (!started.contains(run)) {
            skip(run, result.message().isEmpty() ? "not run" : result.message());
        } else {
            for (TestDescriptor step : run.getChildren()) {
                if (!started.contains(step)) skip(step, "not run");
                else finish(step, TestExecutionResult.aborted(new TestAbortedException("not run")));
            }
            boolean failed = result.status() == Status.FAILED || result.status() == Status.ERROR;
            // a failure a step already shows is not repeated on its scenario
            finish(run, failed && !failedChildren.contains(run)
                    ? TestExecutionResult.failed(new ScenarioError(result.position() + ": " + result.message()))
                    : TestExecutionResult.successful());
        }
        for (TestDescriptor d : innermostFirst(run)) closeIfDone(d);
    }

    /** A container whose children are all reported is finished (the file, the scenario of example rows). */
    private void closeIfDone(TestDescriptor d) {
        if (!started.contains(d) || finished.contains(d)) return;
        boolean done = d.getChildren().stream().allMatch(finished::contains);
        if (done) finish(d, TestExecutionResult.successful());
    }

    /** The file, scenario and (for a row) example descriptors, outermost first. */
    private static List<TestDescriptor> lineage(TestDescriptor run) {
        List<TestDescriptor> out = new ArrayList<>();
        for (TestDescriptor d = run; d != null && !(d.getParent().isEmpty()); d = d.getParent().orElse(null)) {
            out.add(0, d);
            if (d instanceof FileDescriptor) break;
        }
        return out;
    }

    private static List<TestDescriptor> innermostFirst(TestDescriptor run) {
        List<TestDescriptor> out = lineage(run);
        java.util.Collections.reverse(out);
        return out;
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
