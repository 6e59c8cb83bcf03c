package io.crosscheck.engine;

import io.crosscheck.engine.expect.Matchers;
import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.plan.Plan;
import io.crosscheck.engine.plan.Planner;
import io.crosscheck.engine.plan.StepRegistry;
import io.crosscheck.engine.json.JsonCodec;
import io.crosscheck.engine.run.RunResources;
import io.crosscheck.engine.run.RunServices;
import io.crosscheck.engine.run.Runner;
import io.crosscheck.engine.spi.step.Problem;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.RunResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import io.crosscheck.engine.schema.SchemaValidator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The engine's front door: load and validate everything ({@link #prepare}), then run. Nothing runs when any
 * file is bad: {@link InvalidInputException} carries every problem with its position.
 */
public final class Crosscheck {
    private final RunOptions options;
    private final Plan plan;
    private final ExpressionEngine expressions;
    private final Matchers matchers;
    private final Secrets secrets;
    private volatile Runner runner;

    private Crosscheck(RunOptions options, ClassLoader loader) {
        this.options = options;
        StepRegistry registry = StepRegistry.load(loader);
        // the scenario schema (its validator's classes, the merged schema) is made while the expression engine starts
        // and the first files are read; planning waits for it only where it first checks a document
        CompletableFuture<SchemaValidator> schema = CompletableFuture.supplyAsync(() -> SchemaValidator.scenarios(registry.handlers()));
        this.secrets = new Secrets(options.systemEnvironment());
        this.expressions = new ExpressionEngine(secrets);
        this.matchers = new Matchers(expressions);
        this.plan = new Planner(registry, expressions, matchers, schema).plan(options.plan());
    }

    private Crosscheck(Crosscheck prepared, Plan plan) {
        this.options = prepared.options;
        this.secrets = prepared.secrets;
        this.expressions = prepared.expressions;
        this.matchers = prepared.matchers;
        this.plan = plan;
    }

    /**
     * Loads and initialises, on a daemon thread, the libraries every validation needs (JSON, JSON Schema, JEXL, YAML),
     * so that a launcher overlaps that with its own start, such as parsing its command line. Only time is gained:
     * nothing made here is used later but the JVM's expression engine, and a failure here is left for the real work
     * to report.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(Crosscheck::warmUp, "crosscheck-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void warmUp() {
        try {
            SchemaValidator.warmUp();
            ExpressionEngine.warmUp();
            new io.crosscheck.engine.load.YamlLoader().load("warm-up", "a: [1]\n", new io.crosscheck.engine.spi.step.Problems());
        } catch (RuntimeException | LinkageError ignored) {
            // the same work, done for real, reports it
        }
    }

    /** Loads and validates; throws {@link InvalidInputException} listing every problem. */
    public static Crosscheck prepare(RunOptions options) {
        Crosscheck c = new Crosscheck(options, Thread.currentThread().getContextClassLoader());
        if (!c.plan.problems().isEmpty()) throw new InvalidInputException(c.plan.problems().list());
        return c;
    }

    /** Every problem of the scenarios and config, touching no system. */
    public static List<Problem> validate(RunOptions options) {
        return new Crosscheck(options, Thread.currentThread().getContextClassLoader()).plan.problems().list();
    }

    /** Loads, validates and runs, sending the run's live events to {@code listeners}. */
    public static RunResult run(RunOptions options, RunListener... listeners) {
        return prepare(options).run(listeners);
    }

    public Plan plan() {
        return plan;
    }

    /** The same prepared run limited to the plan's runs of these ids, e.g. those a test launcher kept. Nothing is read again. */
    public Crosscheck only(Collection<String> runIds) {
        return new Crosscheck(this, plan.only(runIds));
    }

    /** Runs the plan, sending its live events to {@code listeners}. */
    public RunResult run(RunListener... listeners) {
        return run(List.of(listeners));
    }

    public RunResult run(List<RunListener> listeners) {
        ExecutorService stepThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "crosscheck-step");
            t.setDaemon(true);
            return t;
        });
        try (RunResources resources = new RunResources(plan.environment())) {
            RunServices services = new RunServices(UUID.randomUUID().toString(), Instant.now(), expressions, matchers,
                    secrets, JsonCodec.shared(), resources, plan.config(), plan.environment(), options.vars(), plan.fileVars(),
                    options.systemEnvironment(), stepThreads,
                    new io.crosscheck.engine.run.EvidencePolicy(plan.evidence(), options.evidence()));
            runner = new Runner(services, listeners, options.parallel(), options.failFast());
            return runner.run(plan);
        } finally {
            stepThreads.shutdownNow();
        }
    }

    /** Stops a running run (Ctrl-C): what ran is still in the result. */
    public void cancel() {
        Runner r = runner;
        if (r != null) r.cancel();
    }

    /** Masks secrets in a text printed outside the result tree. */
    public String mask(String text) {
        return secrets.mask(text);
    }
}
