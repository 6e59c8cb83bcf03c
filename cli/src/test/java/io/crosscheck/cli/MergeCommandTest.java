package io.crosscheck.cli;

import static io.crosscheck.cli.Outcome.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.reporters.ResultsJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards through the real command line: {@code run --shard I/N} for every I covers each scenario exactly once,
 * and {@code merge} of their reports counts what one unsharded run counts.
 */
class MergeCommandTest {
    private static final int SHARDS = 3;

    @TempDir
    Path dir;



    @BeforeEach
    void scenarios() throws IOException {
        Path s = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(s.resolve("crosscheck.yaml"), "environments:\n  ci:\n    vars: { limit: 10 }\n");
        Files.writeString(s.resolve("billing.yaml"), """
                scenario: Bills are positive
                steps:
                  - assert: [ "limit > 0" ]
                ---
                scenario: A bill is late
                tags: [nightly]
                steps:
                  - assert: [ "limit > 100" ]
                ---
                scenario: Plans
                examples:
                  - { plan: basic }
                  - { plan: premium }
                  - { plan: family }
                steps:
                  - assert: [ "plan != null" ]
                """);
        Files.writeString(s.resolve("moving.yaml"), """
                scenario: Moving is quick
                steps:
                  - wait: { for: 1ms }
                ---
                scenario: Moving keeps the meter
                setup:
                  - assert: [ "undefinedThing > 0" ]
                steps:
                  - assert: [ "true" ]
                """);
        for (int i = 1; i <= 3; i++) {
            Files.writeString(Files.createDirectories(s.resolve("usage")).resolve("u" + i + ".yaml"),
                    "scenario: Usage " + i + "\nsteps:\n  - assert: [ \"" + i + " <= limit\" ]\n");
        }
    }

    private RunResult results(Path reportDir) throws IOException {
        return new ResultsJsonReader().read(reportDir.resolve("results.json"));
    }

    private static List<String> names(RunResult r) {
        return r.scenarios().stream().map(ScenarioResult::displayName).sorted().toList();
    }

    private static Map<Status, Long> counts(RunResult r) {
        Map<Status, Long> out = new TreeMap<>();
        for (Status s : Status.values()) out.put(s, r.count(s));
        return out;
    }

    @Test
    void shardsCoverEveryScenarioOnceAndTheirMergeCountsLikeOneRun() throws IOException {
        Path scenarios = dir.resolve("scenarios");
        Outcome whole = cli("run", scenarios.toString(), "--shard", "1/1", "--report-dir", dir.resolve("whole").toString());
        assertThat(whole.code()).as(whole.err()).isEqualTo(1);
        RunResult all = results(dir.resolve("whole"));
        assertThat(all.scenarios()).hasSize(10);

        List<String> shardDirs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int i = 1; i <= SHARDS; i++) {
            Path out = dir.resolve("shard-" + i);
            shardDirs.add(out.toString());
            Outcome shard = cli("run", scenarios.toString(), "--shard", i + "/" + SHARDS, "--report-dir", out.toString());
            assertThat(shard.code()).as(shard.err()).isIn(0, 1);
            RunResult r = results(out);
            assertThat(r.scenarios()).as("shard " + i).isNotEmpty();
            for (String name : names(r)) assertThat(seen.add(name)).as(name + " in two shards").isTrue();
            total += r.scenarios().size();
        }
        assertThat(total).isEqualTo(all.scenarios().size());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(names(all));

        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(shardDirs);
        args.addAll(List.of("--report-dir", dir.resolve("merged").toString()));
        Outcome merge = cli(args.toArray(String[]::new));
        assertThat(merge.code()).as(merge.err()).isEqualTo(1);
        assertThat(merge.out()).contains("merged 3 shards: 10 scenarios, 8 passed, 1 failed, 1 errors, 0 skipped");
        RunResult merged = results(dir.resolve("merged"));
        assertThat(counts(merged)).isEqualTo(counts(all));
        assertThat(names(merged)).isEqualTo(names(all));
        assertThat(merged.environment()).isEqualTo("ci");
        assertThat(merged.scenarios()).extracting(s -> s.position().file() + ":" + s.position().line())
                .isEqualTo(all.scenarios().stream().map(s -> s.position().file() + ":" + s.position().line()).toList());
        assertThat(Files.readString(dir.resolve("merged/index.html"))).contains("A bill is late");
        assertThat(testcases(dir.resolve("merged/junit.xml"))).isEqualTo(testcases(dir.resolve("whole/junit.xml")));
    }

    @Test
    void aPassingMergeExitsZero() throws IOException {
        Path scenarios = dir.resolve("scenarios");
        cli("run", scenarios.resolve("usage").toString(), "--shard", "1/2", "--report-dir", dir.resolve("a").toString());
        cli("run", scenarios.resolve("usage").toString(), "--shard", "2/2", "--report-dir", dir.resolve("b").toString());
        Outcome merge = cli("merge", dir.resolve("a").toString(), dir.resolve("b").resolve("results.json").toString(),
                "--report-dir", dir.resolve("m").toString());
        assertThat(merge.code()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("merged 2 shards: 3 scenarios, 3 passed");
        assertThat(merge.err()).isEmpty();
    }

    @Test
    void theSameShardTwiceIsWarnedAbout() {
        Path scenarios = dir.resolve("scenarios");
        cli("run", scenarios.resolve("usage").toString(), "--report-dir", dir.resolve("a").toString());
        Outcome merge = cli("merge", dir.resolve("a").toString(), dir.resolve("a").toString(), "--report-dir", dir.resolve("m").toString());
        assertThat(merge.err()).contains("warning:").contains("'Usage 1' is in");
    }

    @Test
    void aShardWithoutResultsIsBadInput() {
        Outcome merge = cli("merge", dir.resolve("missing").toString(), "--report-dir", dir.resolve("m").toString());
        assertThat(merge.code()).isEqualTo(2);
        assertThat(merge.err()).contains("missing/results.json: no such file");
    }

    /** The testcase elements of a junit.xml by name, with their failure/error kind, without times. */
    private static List<String> testcases(Path junitXml) throws IOException {
        String xml = Files.readString(junitXml);
        Matcher m = Pattern.compile("<testcase [^>]*name=\"([^\"]*)\"[^>]*?(/>|>\\s*<(failure|error|skipped))").matcher(xml);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1) + (m.group(3) == null ? "" : " " + m.group(3)));
        out.sort(null);
        return out;
    }
}
