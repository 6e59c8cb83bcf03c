package io.crosscheck.reporters;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardMergeTest {

    @TempDir
    Path dir;

    @Test
    void shardsReadFromResultsJsonBecomeOneRunInFileOrder() throws Exception {
        List<ScenarioResult> all = SampleRun.run().scenarios();
        RunResult one = new RunResult("shard-1", SampleRun.START, 1_000, "nightly", List.of(all.get(3), all.get(0)), false);
        RunResult two = new RunResult("shard-2", SampleRun.START.plusMillis(500), 2_000, "nightly",
                List.of(all.get(2), all.get(5), all.get(1), all.get(4)), true);
        new JsonReporter().write(one, Files.createDirectory(dir.resolve("1")));
        new JsonReporter().write(two, Files.createDirectory(dir.resolve("2")));
        ResultsJsonReader reader = new ResultsJsonReader();

        RunResult merged = ShardMerge.merge(List.of(reader.read(dir.resolve("1/results.json")), reader.read(dir.resolve("2/results.json"))));

        assertThat(merged.id()).isEqualTo("shard-1+shard-2");
        assertThat(merged.startedAt()).isEqualTo(SampleRun.START);
        assertThat(merged.durationMs()).isEqualTo(2_500);
        assertThat(merged.interrupted()).isTrue();
        assertThat(merged.scenarios()).hasSize(6);
        assertThat(merged.count(Status.FAILED)).isEqualTo(1);
        assertThat(merged.scenarios()).extracting(s -> s.file() + ":" + s.position().line() + " " + s.example()).containsExactly(
                "scenarios/billing/invoice.yaml:1 plan=basic", "scenarios/billing/invoice.yaml:1 plan=premium",
                "scenarios/consumption.yaml:1 ", "scenarios/hostile.yaml:2 ",
                "scenarios/profile.yaml:3 ", "scenarios/profile.yaml:40 ");
    }

    @Test
    void oneShardIsItselfAndNoneIsAnError() {
        RunResult run = SampleRun.run();
        assertThat(ShardMerge.merge(List.of(run))).isSameAs(run);
        assertThatThrownBy(() -> ShardMerge.merge(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
