package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a shard number comes from: --shard, GitLab's CI_NODE_INDEX/CI_NODE_TOTAL, Kubernetes' JOB_COMPLETION_INDEX. */
class ShardsTest {

    @Test
    void noFlagAndNoCiVariablesRunEverything() {
        assertThat(Shards.parse(null, Map.of())).containsExactly(1, 1);
    }

    @Test
    void theFlagIsOneBased() {
        assertThat(Shards.parse("2/4", Map.of())).containsExactly(2, 4);
        assertThat(Shards.parse(" 4 / 4 ", Map.of())).containsExactly(4, 4);
    }

    @Test
    void theFlagWinsOverCiVariables() {
        assertThat(Shards.parse("1/2", Map.of("CI_NODE_INDEX", "3", "CI_NODE_TOTAL", "5"))).containsExactly(1, 2);
    }

    @Test
    void gitlabParallelJobsAreHonoured() {
        // GitLab's parallel: N sets CI_NODE_INDEX (1-based) and CI_NODE_TOTAL
        assertThat(Shards.parse(null, Map.of("CI_NODE_INDEX", "3", "CI_NODE_TOTAL", "5"))).containsExactly(3, 5);
    }

    @Test
    void kubernetesIndexedJobsAreHonouredWithTheTotalGiven() {
        // an Indexed Job sets JOB_COMPLETION_INDEX (0-based); the number of completions is not in the environment
        assertThat(Shards.parse(null, Map.of("JOB_COMPLETION_INDEX", "0", "CROSSCHECK_SHARD_TOTAL", "3"))).containsExactly(1, 3);
        assertThat(Shards.parse(null, Map.of("JOB_COMPLETION_INDEX", "2", "JOB_COMPLETION_TOTAL", "3"))).containsExactly(3, 3);
        assertThatThrownBy(() -> Shards.parse(null, Map.of("JOB_COMPLETION_INDEX", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CROSSCHECK_SHARD_TOTAL");
    }

    @Test
    void gitlabVariablesWinOverKubernetesOnes() {
        assertThat(Shards.parse(null, Map.of("CI_NODE_INDEX", "2", "CI_NODE_TOTAL", "2", "JOB_COMPLETION_INDEX", "0",
                "CROSSCHECK_SHARD_TOTAL", "4"))).containsExactly(2, 2);
    }

    @Test
    void outOfRangeAndMalformedShardsAreBadInput() {
        assertThatThrownBy(() -> Shards.parse("0/4", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--shard: shard 0/4 is out of range (1 <= I <= N)");
        assertThatThrownBy(() -> Shards.parse("5/4", Map.of())).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Shards.parse("2", Map.of())).hasMessage("--shard must be I/N, e.g. 1/4");
        assertThatThrownBy(() -> Shards.parse("a/4", Map.of())).hasMessage("--shard: 'a' is not a number");
        assertThatThrownBy(() -> Shards.parse(null, Map.of("CI_NODE_INDEX", "4", "CI_NODE_TOTAL", "3")))
                .hasMessageContaining("CI_NODE_INDEX/CI_NODE_TOTAL");
        assertThatThrownBy(() -> Shards.parse(null, Map.of("JOB_COMPLETION_INDEX", "3", "CROSSCHECK_SHARD_TOTAL", "3")))
                .hasMessageContaining("JOB_COMPLETION_INDEX: shard 4/3 is out of range");
    }
}
