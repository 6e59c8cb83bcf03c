package io.crosscheck.cli;

import io.crosscheck.engine.Reports;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.reporters.ResultsJsonReader;
import io.crosscheck.reporters.ShardMerge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck merge DIR...}: the results.json of CI shards ({@code run --shard I/N}) as one run, written as
 * one index.html, junit.xml and results.json. Exit 0 when every scenario passed, 1 when one failed, 2 when a
 * shard's results cannot be read.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Merge the results.json of shards (run --shard I/N) into one set of reports.")
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Report folders of the shards (or their results.json files)")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/crosscheck",
            description = "Where the merged reports go (default target/crosscheck)")
    Path reportDir;

    @Override
    public Integer call() throws Exception {
        List<RunResult> runs = new ArrayList<>();
        for (Path shard : shards) runs.add(read(shard));
        Reports.checkWritable(reportDir);
        RunResult merged = ShardMerge.merge(runs);
        var out = spec.commandLine().getOut();
        warnAboutOverlaps(runs);
        List<Path> written = Reports.write(merged, reportDir, MergeCommand.class.getClassLoader());
        out.println("merged " + runs.size() + (runs.size() == 1 ? " shard: " : " shards: ") + merged.scenarios().size()
                + " scenarios, " + merged.count(Status.PASSED) + " passed, " + merged.count(Status.FAILED) + " failed, "
                + merged.count(Status.ERROR) + " errors, " + merged.count(Status.SKIPPED) + " skipped");
        for (Path f : written) out.println("report: " + f);
        out.flush();
        return merged.passed() && !merged.interrupted() ? 0 : 1;
    }

    private static RunResult read(Path shard) {
        Path file = Files.isRegularFile(shard) || shard.toString().endsWith(".json") ? shard : shard.resolve("results.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file (run the shard with --report-dir " + shard + ")");
        }
        try {
            return new ResultsJsonReader().read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    /** A scenario in two shards means the shards were not cut from the same list (different paths or tags). */
    private void warnAboutOverlaps(List<RunResult> runs) {
        Map<String, Integer> seenIn = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (ScenarioResult s : runs.get(i).scenarios()) {
                String key = s.position() + " " + s.displayName();
                Integer first = seenIn.putIfAbsent(key, i);
                if (first != null && first != i) {
                    spec.commandLine().getErr().println("crosscheck: warning: " + s.position() + " '" + s.displayName()
                            + "' is in " + shards.get(first) + " and " + shards.get(i));
                }
            }
        }
    }
}
