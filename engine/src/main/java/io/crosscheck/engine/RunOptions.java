package io.crosscheck.engine;

import io.crosscheck.engine.spi.RunListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to run and how. {@code environment} null picks the first; {@code tags} holds {@code a}, {@code !slow};
 * {@code shardIndex}/{@code shardTotal} (1-based index) select a deterministic part of the scenarios;
 * {@code varsFiles} are the {@code --vars-file}s; {@code evidence} says when the evidence sources are read.
 */
public record RunOptions(
        List<Path> paths,
        String environment,
        Map<String, String> vars,
        List<String> tags,
        int parallel,
        boolean failFast,
        int shardIndex,
        int shardTotal,
        List<RunListener> listeners,
        Map<String, String> systemEnvironment,
        List<Path> varsFiles,
        io.crosscheck.engine.model.EvidenceMode evidence) {

    /** Without vars files. */
    public RunOptions(List<Path> paths, String environment, Map<String, String> vars, List<String> tags, int parallel,
                      boolean failFast, int shardIndex, int shardTotal, List<RunListener> listeners,
                      Map<String, String> systemEnvironment) {
        this(paths, environment, vars, tags, parallel, failFast, shardIndex, shardTotal, listeners, systemEnvironment,
                List.of(), io.crosscheck.engine.model.EvidenceMode.ON_FAILURE);
    }

    public RunOptions {
        if (evidence == null) evidence = io.crosscheck.engine.model.EvidenceMode.ON_FAILURE;
        varsFiles = List.copyOf(varsFiles);
        paths = List.copyOf(paths);
        vars = Map.copyOf(vars);
        tags = List.copyOf(tags);
        listeners = List.copyOf(listeners);
        systemEnvironment = Map.copyOf(systemEnvironment);
        if (parallel < 1) throw new IllegalArgumentException("--parallel must be at least 1");
        if (shardTotal < 1 || shardIndex < 1 || shardIndex > shardTotal) {
            throw new IllegalArgumentException("--shard must be I/N with 1 <= I <= N");
        }
    }

    public static RunOptions of(Path... paths) {
        return new RunOptions(List.of(paths), null, Map.of(), List.of(), 1, false, 1, 1, List.of(), System.getenv());
    }

    /** Vars files read after crosscheck.yaml's {@code varsFiles}, in this order, later ones winning. */
    public RunOptions varsFiles(List<Path> files) {
        return new RunOptions(paths, environment, vars, tags, parallel, failFast, shardIndex, shardTotal, listeners,
                systemEnvironment, files, evidence);
    }

    public RunOptions env(String name) {
        return new RunOptions(paths, name, vars, tags, parallel, failFast, shardIndex, shardTotal, listeners, systemEnvironment, varsFiles, evidence);
    }

    public RunOptions var(String name, String value) {
        Map<String, String> v = new LinkedHashMap<>(vars);
        v.put(name, value);
        return new RunOptions(paths, environment, v, tags, parallel, failFast, shardIndex, shardTotal, listeners, systemEnvironment, varsFiles, evidence);
    }

    public RunOptions vars(Map<String, String> more) {
        Map<String, String> v = new LinkedHashMap<>(vars);
        v.putAll(more);
        return new RunOptions(paths, environment, v, tags, parallel, failFast, shardIndex, shardTotal, listeners, systemEnvironment, varsFiles, evidence);
    }

    public RunOptions tags(List<String> tags) {
        return new RunOptions(paths, environment, vars, tags, parallel, failFast, shardIndex, shardTotal, listeners, systemEnvironment, varsFiles, evidence);
    }

    public RunOptions parallel(int n) {
        return new RunOptions(paths, environment, vars, tags, n, failFast, shardIndex, shardTotal, listeners, systemEnvironment, varsFiles, evidence);
    }

    public RunOptions failFast(boolean on) {
        return new RunOptions(paths, environment, vars, tags, parallel, on, shardIndex, shardTotal, listeners, systemEnvironment, varsFiles, evidence);
    }

    public RunOptions shard(int index, int total) {
        return new RunOptions(paths, environment, vars, tags, parallel, failFast, index, total, listeners, systemEnvironment, varsFiles, evidence);
    }

    public RunOptions listener(RunListener listener) {
        List<RunListener> l = new ArrayList<>(listeners);
        l.add(listener);
        return new RunOptions(paths, environment, vars, tags, parallel, failFast, shardIndex, shardTotal, l, systemEnvironment, varsFiles, evidence);
    }

    public RunOptions systemEnvironment(Map<String, String> env) {
        return new RunOptions(paths, environment, vars, tags, parallel, failFast, shardIndex, shardTotal, listeners, env, varsFiles, evidence);
    }

    /** {@code --evidence on-failure|always|never}. */
    public RunOptions evidence(io.crosscheck.engine.model.EvidenceMode mode) {
        return new RunOptions(paths, environment, vars, tags, parallel, failFast, shardIndex, shardTotal, listeners, systemEnvironment, varsFiles, mode);
    }
}
