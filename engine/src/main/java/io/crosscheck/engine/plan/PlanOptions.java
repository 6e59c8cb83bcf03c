package io.crosscheck.engine.plan;

import java.nio.file.Path;
import java.util.List;

/**
 * What to plan: the scenario paths, the environment (null picks the first), the tags ({@code a}, {@code !slow}), the
 * shard ({@code shardIndex} of {@code shardTotal}, 1-based) and the {@code --vars-file}s. How the plan then runs is
 * {@link io.crosscheck.engine.RunOptions}'s.
 */
public record PlanOptions(List<Path> paths, String environment, List<String> tags, int shardIndex, int shardTotal,
                          List<Path> varsFiles) {

    public PlanOptions {
        paths = List.copyOf(paths);
        tags = List.copyOf(tags);
        varsFiles = List.copyOf(varsFiles);
        if (shardTotal < 1 || shardIndex < 1 || shardIndex > shardTotal) {
            throw new IllegalArgumentException("--shard must be I/N with 1 <= I <= N");
        }
    }

    public static PlanOptions of(List<Path> paths) {
        return new PlanOptions(paths, null, List.of(), 1, 1, List.of());
    }

    public PlanOptions environment(String name) {
        return new PlanOptions(paths, name, tags, shardIndex, shardTotal, varsFiles);
    }

    public PlanOptions tags(List<String> wanted) {
        return new PlanOptions(paths, environment, wanted, shardIndex, shardTotal, varsFiles);
    }

    public PlanOptions shard(int index, int total) {
        return new PlanOptions(paths, environment, tags, index, total, varsFiles);
    }

    public PlanOptions varsFiles(List<Path> files) {
        return new PlanOptions(paths, environment, tags, shardIndex, shardTotal, files);
    }
}
