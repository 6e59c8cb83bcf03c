package io.crosscheck.engine.run;

import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.plan.Plan;
import io.crosscheck.engine.spi.RunListener;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a plan: every scenario × example row, {@code parallel} at a time. {@link #cancel()} (Ctrl-C, fail-fast)
 * stops what runs and skips the rest; the result tree is complete either way, secrets masked.
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
        List<Job> jobs = new ArrayList<>();
        for (Scenario s : plan.scenarios()) {
            if (s.examples().isEmpty()) jobs.add(new Job(s, Map.of()));
            else s.examples().forEach(row -> jobs.add(new Job(s, row)));
        }
        listener.runStarted(services.runId(), jobs.size());
        long start = System.nanoTime();
        scenarioThreads = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "crosscheck-scenario");
            t.setDaemon(true);
            return t;
        });
        List<Future<ScenarioResult>> futures = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            int index = i;
            ScenarioRunner runner = new ScenarioRunner(services, new RunIndexListener(listener, index));
            futures.add(scenarioThreads.submit(() -> {
                if (cancelled.get()) return ended(job, Status.SKIPPED, "not run: the run was stopped");
                ScenarioResult r = runner.run(job.scenario(), job.row());
                listener.scenarioFinished(index, r);
                if (failFast && (r.status() == Status.FAILED || r.status() == Status.ERROR)) cancel();
                return r;
            }));
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            results.add(await(futures.get(i), jobs.get(i)));
        }
        scenarioThreads.shutdownNow();
        services.resources().close();
        RunResult result = new RunResult(services.runId(), services.startedAt(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), services.environment().name(),
                results, cancelled.get());
        RunResult masked = new ResultMasker(services.secrets()).mask(result);
        listener.runFinished(masked);
        return masked;
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

    private ScenarioResult await(Future<ScenarioResult> future, Job job) {
        while (true) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                cancel();
            } catch (java.util.concurrent.CancellationException e) {
                return ended(job, Status.SKIPPED, "not run: the run was stopped");
            } catch (ExecutionException e) {
                return ended(job, Status.ERROR, "internal error: " + Failures.describe(e.getCause()));
            }
        }
    }

    private ScenarioResult ended(Job job, Status status, String why) {
        Scenario s = job.scenario();
        String label = s.namesRow(job.row()) ? "" : ScenarioRunner.label(job.row());
        return new ScenarioResult(s.runName(job.row()), s.description(), s.position(), s.tags(), label, job.row(), status,
                Instant.now(), 0, List.of(), why);
    }

    private record Job(Scenario scenario, Map<String, Object> row) {
    }
}
