package io.crosscheck.steps.sql;

import io.crosscheck.steps.testkit.StepRun;
import io.crosscheck.steps.testkit.StepTestKit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.testkit.postgres.PostgresExtension;
import io.crosscheck.testkit.postgres.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A query that outlives its step's timeout is cancelled in the database, and its connection serves the next step. */
@ExtendWith(PostgresExtension.class)
class StepTimeoutIT {
    @TempDir
    Path dir;

    @Test
    void aSlowQueryIsCancelledAtTheStepsTimeout(PostgresServer pg) {
        StepTestKit p = Datasources.project(dir, Map.of("pg", pg.jdbcUrl())).file("a_slow.yaml", """
                scenario: Slow query
                steps:
                  - query:
                      sql: SELECT pg_sleep(${20})
                    timeout: 1s
                """).file("b_next.yaml", """
                scenario: Next one
                steps:
                  - query:
                      sql: SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE ${'SELECT pg_sleep%'}
                    expect:
                      rows[0].n: 0
                """);
        RunResult result = Crosscheck.run(RunOptions.of(p.dir()));

        ScenarioResult slow = result.scenarios().get(0);
        assertThat(slow.status()).as(StepRun.describe(result)).isEqualTo(Status.FAILED);
        assertThat(slow.steps().get(0).error()).contains("did not finish within the step's timeout and was cancelled");
        assertThat(slow.steps().get(0).durationMs()).isBetween(1000L, 1500L);
        assertThat(result.scenarios().get(1).status()).as(StepRun.describe(result)).isEqualTo(Status.PASSED);
    }
}
