package io.crosscheck.engine.run;

import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.model.FragmentUse;
import io.crosscheck.engine.model.ReportSpec;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.support.Causes;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.ReportItem;
import io.crosscheck.engine.spi.step.ScenarioInfo;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.spi.step.StepFailedException;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.engine.spi.step.StepResult;
import java.time.Duration;
import io.crosscheck.engine.expr.ExpressionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs one step: if → (attempt → expect)* under retry → save → report, and records it. */
final class StepExecutor {
    /** Room for a handler that watches its own deadline to report its own diagnosis before being cut. */
    private static final long GRACE_MS = 500;

    private final RunServices run;
    private final Watchdog watchdog;
    private final ScenarioInfo scenario;
    private final Map<String, Object> scenarioState;
    private final long scenarioStartNanos;
    private final FragmentRunner fragments;
    /** Where a check's schema files are read from: resolved once, not for every step that checks. */
    private final Memo<java.nio.file.Path> scenarioDir;

    /** {@code runSaved}: what the run-level setup saved, in the scope of every fragment's steps. */
    StepExecutor(RunServices run, Watchdog watchdog, ScenarioInfo scenario, Map<String, Object> scenarioState, long scenarioStartNanos,
                 Map<String, Object> runSaved) {
        this.run = run;
        this.watchdog = watchdog;
        this.scenario = scenario;
        this.scenarioState = scenarioState;
        this.scenarioStartNanos = scenarioStartNanos;
        this.fragments = new FragmentRunner(run, this, new Memo<>(() -> new ScopeBuilder(run).fragmentBase(scenario, runSaved)));
        this.scenarioDir = new Memo<>(() -> java.nio.file.Path.of(scenario.file()).toAbsolutePath().getParent());
    }

    /**
     * What runs within a deadline reads a snapshot of the scope ({@link Scope#snapshot}), never the scope itself: an
     * attempt cut off by its timeout may still run while a fresh worker goes on to the next step.
     *
     * @param id      the step's id in the plan
     * @param results the innermost scope layer: {@code result} and the verb's name are set there
     * @param saved   the layer {@code save:} writes to
     */
    StepRecord execute(Step step, String id, Scope results, Scope saved) throws InterruptedException {
        long start = System.nanoTime();
        String name = displayName(step, results);
        Duration timeout = timeoutOf(step);
        if (step.ifExpression() != null) {
            Scope before = results.snapshot();
            Attempt skip = within("if: ", timeout, () -> truthy(run.expressions().evaluate(step.ifExpression(), before))
                    ? null : Attempt.skipped(), () -> record(step, id, name, start, 0, timedOut("if: ", timeout), List.of(), List.of()));
            if (skip != null) return record(step, id, name, start, 0, skip, List.of(), List.of());
        }
        long retryFor = step.retry() == null ? 0 : Durations.nanos(step.retry().timeout());
        long every = step.retry() == null ? 0 : Durations.nanos(step.retry().every());
        Attempt attempt;
        int attempts = 0;
        List<StepRecord> inner;
        // a use step runs its fragment's steps, each within its own timeout; its own is one for them all, if set
        boolean unbounded = step.config() instanceof FragmentUse && step.timeout() == null;
        while (true) {
            attempts++;
            Scope snapshot = results.snapshot();
            DefaultStepContext ctx = new DefaultStepContext(run, snapshot, scenario, scenarioState, timeout);
            List<StepRecord> records = inner = java.util.Collections.synchronizedList(new ArrayList<>());
            Callable<Attempt> work = () -> attempt(step, id, ctx, snapshot, records);
            int n = attempts;
            attempt = unbounded ? watchdog.nested(() -> inline(work)) : within("", timeout, work,
                    () -> record(step, id, name, start, n, timedOut("", timeout), List.of(), copy(records)));
            if (attempt.passed() || step.retry() == null || Thread.currentThread().isInterrupted()) break;
            if (every > retryFor - (System.nanoTime() - start)) break;
            TimeUnit.NANOSECONDS.sleep(every);
        }
        if (attempt.result() != null) {
            results.set("result", attempt.result().value());
            results.set(step.verb(), attempt.result().value());
        }
        if (attempt.passed()) attempt.saves().forEach(saved::set);
        Attempt last = attempt;
        List<StepRecord> steps = copy(inner);
        int n = attempts;
        List<ReportItem> reports = List.of();
        if (!step.report().isEmpty() && last.result() != null) {
            Scope after = results.snapshot();
            reports = reportsWithin(timeout, () -> reports(step, last, after),
                    () -> record(step, id, name, start, n, last, List.of(reportTimedOut(timeout)), steps));
        }
        return record(step, id, name, start, attempts, attempt, reports, steps);
    }

    private static List<StepRecord> copy(List<StepRecord> records) {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    private static Attempt timedOut(String what, Duration timeout) {
        return Attempt.failed(StepError.of(StepError.Kind.TIMEOUT, what + "timed out after " + Durations.format(timeout)));
    }

    private static ReportItem reportTimedOut(Duration timeout) {
        return new ReportItem("error", "report: timed out after " + Durations.format(timeout), "", null);
    }

    /** {@link #within} on this thread, with no limit of its own. */
    private static Attempt inline(Callable<Attempt> work) throws InterruptedException {
        try {
            return work.call();
        } catch (StepFailedException f) {
            return thrown(f, "");
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable e) {
            return Attempt.failed(Causes.error(e));
        }
    }

    /**
     * Runs {@code work} on a step thread and waits at most the step's timeout (and a grace), so that no handler,
     * check, regex or expression of a step outlives its deadline. Any throwable becomes an ERROR, never a verdict.
     */
    private Attempt within(String what, Duration timeout, Callable<Attempt> work, Supplier<StepRecord> ifStuck)
            throws InterruptedException {
        try {
            return within(timeout, work, ifStuck);
        } catch (TimeoutException e) {
            return timedOut(what, timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StepFailedException f) return thrown(f, what);
            if (cause instanceof InterruptedException) throw new InterruptedException("run interrupted");
            return Attempt.failed(Causes.error(cause).in(what));
        }
    }

    /** A handler's own failure; its details stand in for the result, and an error that shows none has no result. */
    private static Attempt thrown(StepFailedException f, String what) {
        StepError e = f.error().in(what);
        return Attempt.failed(e.status(), e, e.details().isEmpty() && e.status() == Status.ERROR ? null : e.details());
    }

    /** The step's {@code report:} items, also within its deadline; a failure to make them is an error item. */
    private List<ReportItem> reportsWithin(Duration timeout, Callable<List<ReportItem>> work, Supplier<StepRecord> ifStuck)
            throws InterruptedException {
        try {
            return within(timeout, work, ifStuck);
        } catch (TimeoutException e) {
            return List.of(reportTimedOut(timeout));
        } catch (ExecutionException e) {
            return List.of(new ReportItem("error", "report: " + Causes.describe(e.getCause()), "", null));
        }
    }

    /**
     * On the scenario's worker, a step runs inline under the {@link Watchdog}; inside a fragment's step (already
     * within a deadline, or nested in a use step) it is handed to a step thread and waited for.
     */
    private <T> T within(Duration timeout, Callable<T> work, Supplier<StepRecord> ifStuck)
            throws InterruptedException, TimeoutException, ExecutionException {
        if (watchdog.inlineHere()) {
            return watchdog.call(TimeUnit.MILLISECONDS.toNanos(Durations.millis(timeout) + GRACE_MS), work, ifStuck);
        }
        Future<T> future = run.stepThreads().submit(work);
        try {
            return future.get(Durations.millis(timeout) + GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    /** Within the step's deadline: the handler, then {@code expect} and {@code save} over its result in a layer of their own. */
    private Attempt attempt(Step step, String id, DefaultStepContext ctx, Scope results, List<StepRecord> inner)
            throws Exception {
        StepResult result;
        Scope checkScope;
        if (step.config() instanceof FragmentUse use) {
            // expect and save of a use step read the fragment's scope, not the caller's
            FragmentRunner.Outcome outcome = fragments.run(use, id, results, inner);
            if (!outcome.passed()) return Attempt.failed(outcome.status(), outcome.failure(), null);
            result = StepResult.of(outcome.value());
            checkScope = outcome.scope().child();
        } else {
            result = step.handler().execute(step.config(), ctx);
            checkScope = results.child();
        }
        checkScope.set("result", result.value());
        checkScope.set(step.verb(), result.value());
        List<CheckResult> checks = new ArrayList<>(result.checks());
        try {
            checks.addAll(run.matchers().check(step.expect(), result.value(), checkScope, scenarioDir.get()));
        } catch (Throwable e) {
            return new Attempt(result, checks, Causes.error(e).in("expect: "));
        }
        for (CheckResult check : checks) {
            if (!check.passed()) return new Attempt(result, checks, StepError.of(StepError.Kind.FAILED_CHECK, check.summary()));
        }
        Map<String, Object> saves = new LinkedHashMap<>();
        for (var entry : step.save().entrySet()) {
            try {
                Object value = run.expressions().read(entry.getValue(), result.value(), checkScope);
                if (value == ExpressionEngine.MISSING) {
                    return new Attempt(result, checks, StepError.of(StepError.Kind.REJECTED,
                            "save " + entry.getKey() + ": path not found: " + entry.getValue()));
                }
                saves.put(entry.getKey(), value);
            } catch (Throwable e) {
                return new Attempt(result, checks, Causes.error(e).in("save " + entry.getKey() + ": "));
            }
        }
        return new Attempt(result, checks, null).withSaves(saves);
    }

    private List<ReportItem> reports(Step step, Attempt attempt, Scope results) {
        List<ReportItem> items = new ArrayList<>();
        for (ReportSpec spec : step.report()) {
            try {
                if (spec.table() != null) {
                    Object data = run.expressions().read(spec.table(), attempt.result().value(), results);
                    items.add(new ReportItem("table", spec.title() == null ? spec.table() : spec.title(), "",
                            data == ExpressionEngine.MISSING ? null : data));
                }
                if (spec.chart() != null) {
                    Object data = run.expressions().read(spec.chart().data(), attempt.result().value(), results);
                    String title = spec.chart().title() == null ? spec.chart().data() : spec.chart().title();
                    items.add(new ReportItem("chart", title, spec.chart().type().name().toLowerCase(Locale.ROOT),
                            data == ExpressionEngine.MISSING ? null : data));
                }
            } catch (ExpressionException e) {
                items.add(new ReportItem("error", "report: " + Causes.describe(e), "", null));
            }
        }
        return items;
    }

    private StepRecord record(Step step, String id, String name, long start, int attempts, Attempt attempt,
                              List<ReportItem> reports, List<StepRecord> steps) {
        long offset = TimeUnit.NANOSECONDS.toMillis(start - scenarioStartNanos);
        long duration = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Object response = attempt.result() != null ? attempt.result().value() : attempt.details();
        Map<String, Object> request = attempt.result() != null ? attempt.result().request() : Map.of();
        return new StepRecord(id, name, step.verb(), step.phase(), step.position(), attempt.status(), offset, duration,
                attempts, request, response, attempt.checks(), attempt.failure(), reports, steps);
    }

    StepRecord skipped(Step step, String id, Scope scope, String why) {
        return new StepRecord(id, displayName(step, scope), step.verb(), step.phase(), step.position(), Status.SKIPPED,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - scenarioStartNanos), 0, 0, Map.of(), null,
                List.of(), why, List.of(), List.of());
    }

    private Duration timeoutOf(Step step) {
        if (step.timeout() != null) return step.timeout();
        Duration own = step.parsed() == null ? null : step.parsed().timeout();
        return own != null ? own : run.config().defaultTimeout();
    }

    private String displayName(Step step, Scope scope) {
        String template = step.name() != null ? step.name()
                : (step.verb() + " " + step.description()).trim();
        try {
            return run.expressions().renderText(template, scope);
        } catch (RuntimeException | StackOverflowError e) {
            return template;
        }
    }

    static boolean truthy(Object value) {
        if (value == null) return false;
        if (value instanceof Boolean b) return b;
        if (value instanceof Number n) return n.doubleValue() != 0;
        if (value instanceof String s) return !s.isEmpty() && !s.equalsIgnoreCase("false");
        if (value instanceof java.util.Collection<?> c) return !c.isEmpty();
        return true;
    }
}
