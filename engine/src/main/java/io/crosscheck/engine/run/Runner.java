package io.crosscheck.engine.run;

import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.model.ScenarioRun;
import io.crosscheck.engine.plan.Plan;
import io.crosscheck.engine.support.Causes;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a plan: the run-level setup, then every scenario × example row, {@code parallel} at a time, then the run-level
 * teardown. The setup and teardown are results of their own, first and last, so that every report shows them; a failed
 * setup makes every scenario ERROR unrun. {@link #cancel()} (Ctrl-C, fail-fast) stops what runs and skips the rest;
 * the result tree is complete either way, secrets masked.
 */
public final class Runner {
    private final RunServices services;
    private final RunListener listener;
    private final int parallel;
    private final boolean failFast;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile ExecutorService scenarioThreads;

    public Runner(RunServices services, List<RunListener> listeners, int parallel, boolean failFast) {
        this.services = services;
        this.listener = new MaskingListener(new ResultMasker(services.secrets()), listeners);
        this.parallel = parallel;
        this.failFast = failFast;
    }

    public RunResult run(Plan plan) {
        List<ScenarioRun> jobs = plan.runs();
        // nothing to set up for when nothing runs
        ScenarioRun setup = jobs.isEmpty() ? null : RunHookScenarios.setup(plan);
        ScenarioRun teardown = jobs.isEmpty() ? null : RunHookScenarios.teardown(plan);
        listener.runStarted(services.runId(), (setup == null ? 0 : 1) + jobs.size() + (teardown == null ? 0 : 1));
        long start = System.nanoTime();
        scenarioThreads = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "crosscheck-scenario");
            t.setDaemon(true);
            return t;
        });
        List<ScenarioResult> results = new ArrayList<>();
        Map<String, Object> shared = Map.of();
        String setupFailed = null;
        if (setup != null) {
            ScenarioRunner runner = new ScenarioRunner(services, listener, Map.of());
            ScenarioResult r = await(submit(setup, runner, false), setup);
            results.add(r);
            if (r.status() == Status.PASSED) shared = ReadOnly.map(runner.saved());
            else setupFailed = r.message().isEmpty() ? r.status().name().toLowerCase(java.util.Locale.ROOT) : r.message();
        }
        List<Future<ScenarioResult>> futures = new ArrayList<>();
        for (ScenarioRun job : jobs) {
            if (setupFailed != null && !cancelled.get()) {
                ScenarioResult r = ended(job, Status.ERROR, "not run: the run's setup failed: " + setupFailed);
                listener.scenarioFinished(r);
                futures.add(CompletableFuture.completedFuture(r));
            } else {
                futures.add(submit(job, new ScenarioRunner(services, listener, shared), failFast));
            }
        }
        for (int i = 0; i < futures.size(); i++) {
            results.add(await(futures.get(i), jobs.get(i)));
        }
        scenarioThreads.shutdownNow();
        if (teardown != null) {
            // always, also after a failed setup or a stopped run: it undoes what the setup may have done
            ScenarioResult r = new ScenarioRunner(services, listener, shared).run(teardown);
            listener.scenarioFinished(r);
            results.add(r);
        }
        services.resources().close();
        RunResult result = new RunResult(services.runId(), services.startedAt(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), services.environment().name(),
                results, cancelled.get());
        RunResult masked = new ResultMasker(services.secrets()).mask(result);
        listener.runFinished(masked);
        return masked;
    }

    /** {@code stopsRun}: whether a failure ends the run under fail-fast (a failed setup has every scenario ERROR). */
    private Future<ScenarioResult> submit(ScenarioRun job, ScenarioRunner runner, boolean stopsRun) {
        try {
            return scenarioThreads.submit(() -> {
                if (cancelled.get()) return ended(job, Status.SKIPPED, "not run: the run was stopped");
                ScenarioResult r = runner.run(job);
                listener.scenarioFinished(r);
                if (stopsRun && (r.status() == Status.FAILED || r.status() == Status.ERROR)) cancel();
                return r;
            });
        } catch (RejectedExecutionException e) { // stopped while the setup ran
            return CompletableFuture.completedFuture(ended(job, Status.SKIPPED, "not run: the run was stopped"));
        }
    }

    /** Stops the run: running steps are interrupted, scenarios not started are reported as skipped. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            ExecutorService threads = scenarioThreads;
            if (threads != null) {
                for (Runnable never : threads.shutdownNow()) {
                    if (never instanceof Future<?> f) f.cancel(false);
                }
            }
        }
    }

    private ScenarioResult await(Future<ScenarioResult> future, ScenarioRun job) {
        while (true) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                cancel();
            } catch (java.util.concurrent.CancellationException e) {
                return ended(job, Status.SKIPPED, "not run: the run was stopped");
            } catch (ExecutionException e) {
                return ended(job, Status.ERROR, "internal error: " + Causes.describe(e.getCause()));
            }
        }
    }

    private ScenarioResult ended(ScenarioRun job, Status status, String why) {
        Scenario s = job.scenario();
        String label = s.namesRow(job.row()) ? "" : ScenarioRunner.label(job.row());
        return new ScenarioResult(job.id(), s.runName(job.row()), s.description(), s.position(), s.tags(), label,
                job.row(), status, Instant.now(), 0, List.of(), why);
    }
}
