package io.crosscheck.engine.run;

import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.model.ScenarioRun;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.support.Causes;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.spi.step.ScenarioInfo;
import io.crosscheck.engine.spi.step.Trace;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.spi.step.ScenarioAware;
import io.crosscheck.engine.result.StepRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs one scenario with one example row: vars, setup, steps (first failure stops), teardown (always). */
final class ScenarioRunner {
    private final RunServices run;
    private final RunListener listener;

    private final Map<String, Object> runSaved;
    private volatile Map<String, Object> savedValues = Map.of();

    /** {@code runSaved}: what the run-level setup saved, seen by this scenario below its own saved values. */
    ScenarioRunner(RunServices run, RunListener listener, Map<String, Object> runSaved) {
        this.run = run;
        this.listener = listener;
        this.runSaved = runSaved;
    }

    /** What the last {@link #run} saved itself (the run-level setup's values for the scenarios). */
    Map<String, Object> saved() {
        return savedValues;
    }

    ScenarioResult run(ScenarioRun job) {
        Scenario scenario = job.scenario();
        Map<String, Object> row = job.row();
        Instant startedAt = Instant.now();
        long startNanos = System.nanoTime();
        String label = scenario.namesRow(row) ? "" : label(row);
        String display = label.isEmpty() ? scenario.runName(row) : scenario.runName(row) + " [" + label + "]";
        listener.scenarioStarted(job.id(), display, scenario.position());
        List<StepRecord> records = new ArrayList<>();
        try {
            return runSteps(job, label, startedAt, startNanos, records);
        } catch (Throwable e) {
            // a bug of ours or a plugin's must never read as a verdict on the system under test
            return finish(job, label, Status.ERROR, startedAt, startNanos, records,
                    "internal error: " + Causes.describe(e));
        }
    }

    private ScenarioResult runSteps(ScenarioRun job, String label, Instant startedAt, long startNanos,
                                    List<StepRecord> records) throws Exception {
        Scenario scenario = job.scenario();
        Map<String, Object> row = job.row();
        ScenarioInfo info = new ScenarioInfo(scenario.name(), scenario.position().file(), startedAt,
                Trace.fresh(run.config().traceHeader()));
        Map<String, Object> state = new ConcurrentHashMap<>();
        Watchdog watchdog = new Watchdog(run.stepThreads());
        StepExecutor executor = new StepExecutor(run, watchdog, info, state, startNanos, runSaved);
        Scope varsLayer;
        try {
            varsLayer = new ScopeBuilder(run).build(scenario, info, row, runSaved);
        } catch (RuntimeException | StackOverflowError e) {
            return finish(job, label, Status.ERROR, startedAt, startNanos, records, "vars: " + Causes.describe(e));
        }
        Scope saved = varsLayer.child();
        Scope results = saved.child();
        beforeScenario(scenario, new DefaultStepContext(run, results.snapshot(), info, state, run.config().defaultTimeout()));
        StepNumbers numbers = new StepNumbers(job);
        List<String> ids = Stream.of(scenario.setup(), scenario.steps(), scenario.teardown()).flatMap(List::stream)
                .map(numbers::next).toList();
        StepSequence sequence = new StepSequence(Stream.concat(scenario.setup().stream(), scenario.steps().stream()).toList(),
                scenario.teardown(), ids, executor, watchdog, listener, job.id(), results, saved, records);
        try {
            watchdog.run(sequence);
        } finally {
            // as if the steps had run on this thread: stopped before teardown, it stays interrupted
            Thread.interrupted();
            if (sequence.interrupted()) Thread.currentThread().interrupt();
        }
        Status status = sequence.status();
        String message = sequence.message();
        savedValues = saved.layer();
        ScenarioResult result = finish(job, label, status, startedAt, startNanos, records, message);
        return withEvidence(result, results, info, state);
    }

    /** The evidence of the ended run when wanted; a passed scenario under on-failure gets here and no further. */
    private ScenarioResult withEvidence(ScenarioResult result, Scope scope, ScenarioInfo info, Map<String, Object> state) {
        if (!run.evidence().wanted(result.status()) || Thread.currentThread().isInterrupted()) return result;
        try {
            return result.withEvidence(new EvidenceGatherer(run).gather(run.evidence().sources(), scope, info, state));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result;
        }
    }

    private void beforeScenario(Scenario scenario, DefaultStepContext ctx) {
        Stream.of(scenario.setup(), scenario.steps(), scenario.teardown()).flatMap(List::stream)
                .flatMap(ScenarioRunner::withFragmentSteps)
                .filter(s -> s.config() != null && s.handler() instanceof ScenarioAware<?>)
                .forEach(s -> {
                    @SuppressWarnings("unchecked")
                    ScenarioAware<Object> aware = (ScenarioAware<Object>) s.handler();
                    try {
                        run.stepThreads().submit(() -> {
                            aware.beforeScenario(s.config(), ctx);
                            return null;
                        }).get(run.config().defaultTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception ignored) {
                        // the step itself will meet the same cause and report it
                    }
                });
    }

    /** A step, and when it is a use step the steps of its fragment, deeply. */
    private static Stream<Step> withFragmentSteps(Step step) {
        return step.config() instanceof io.crosscheck.engine.model.FragmentUse use
                ? use.fragment().steps().stream().flatMap(ScenarioRunner::withFragmentSteps) : Stream.of(step);
    }

    private ScenarioResult finish(ScenarioRun job, String label, Status status, Instant startedAt, long startNanos,
                                  List<StepRecord> records, String message) {
        long duration = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        Scenario s = job.scenario();
        return new ScenarioResult(job.id(), s.runName(job.row()), s.description(), s.position(), s.tags(), label,
                job.row(), status, startedAt, duration, records, message);
    }

    /** Gives each step of a run its id in the plan, counting the steps of each phase as they come. */
    private static final class StepNumbers {
        private final ScenarioRun job;
        private final Map<Phase, Integer> counts = new java.util.EnumMap<>(Phase.class);

        StepNumbers(ScenarioRun job) {
            this.job = job;
        }

        String next(Step step) {
            return job.stepId(step.phase(), counts.merge(step.phase(), 1, Integer::sum));
        }
    }

    static String label(Map<String, Object> row) {
        if (row.isEmpty()) return "";
        return row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
