package io.crosscheck.engine;

import io.crosscheck.engine.model.EvidenceMode;
import io.crosscheck.engine.plan.PlanOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to run and how: the {@link PlanOptions} the planner reads, then what only the run uses: the {@code --var}s,
 * {@code parallel}, {@code failFast}, the process environment (for {@code ${env.X}} and secrets) and when the evidence
 * sources are read ({@code --evidence}). Listeners are no option: they are given to {@link Crosscheck#run} itself.
 */
public record RunOptions(PlanOptions plan, Map<String, String> vars, int parallel, boolean failFast,
                         Map<String, String> systemEnvironment, EvidenceMode evidence) {

    public RunOptions {
        if (evidence == null) evidence = EvidenceMode.ON_FAILURE;
        vars = Map.copyOf(vars);
        systemEnvironment = Map.copyOf(systemEnvironment);
        if (parallel < 1) throw new IllegalArgumentException("--parallel must be at least 1");
    }

    public static RunOptions of(Path... paths) {
        return new RunOptions(PlanOptions.of(List.of(paths)), Map.of(), 1, false, System.getenv(), EvidenceMode.ON_FAILURE);
    }

    public List<Path> paths() {
        return plan.paths();
    }

    public String environment() {
        return plan.environment();
    }

    public List<String> tags() {
        return plan.tags();
    }

    /** Vars files read after crosscheck.yaml's {@code varsFiles}, in this order, later ones winning. */
    public RunOptions varsFiles(List<Path> files) {
        return withPlan(plan.varsFiles(files));
    }

    public RunOptions env(String name) {
        return withPlan(plan.environment(name));
    }

    public RunOptions tags(List<String> tags) {
        return withPlan(plan.tags(tags));
    }

    public RunOptions shard(int index, int total) {
        return withPlan(plan.shard(index, total));
    }

    public RunOptions var(String name, String value) {
        return vars(Map.of(name, value));
    }

    public RunOptions vars(Map<String, String> more) {
        Map<String, String> v = new LinkedHashMap<>(vars);
        v.putAll(more);
        return new RunOptions(plan, v, parallel, failFast, systemEnvironment, evidence);
    }

    public RunOptions parallel(int n) {
        return new RunOptions(plan, vars, n, failFast, systemEnvironment, evidence);
    }

    public RunOptions failFast(boolean on) {
        return new RunOptions(plan, vars, parallel, on, systemEnvironment, evidence);
    }

    public RunOptions systemEnvironment(Map<String, String> env) {
        return new RunOptions(plan, vars, parallel, failFast, env, evidence);
    }

    /** {@code --evidence on-failure|always|never}. */
    public RunOptions evidence(EvidenceMode mode) {
        return new RunOptions(plan, vars, parallel, failFast, systemEnvironment, mode);
    }

    private RunOptions withPlan(PlanOptions p) {
        return new RunOptions(p, vars, parallel, failFast, systemEnvironment, evidence);
    }
}
