package io.crosscheck.steps.sql;

import io.crosscheck.steps.testkit.StepRun;
import io.crosscheck.steps.testkit.StepTestKit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.testkit.postgres.PostgresExtension;
import io.crosscheck.testkit.postgres.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A million rows of about 250 bytes each (over 300 MB if held at once) are counted in a JVM of 256 MB heap
 * (failsafe's argLine): the rows are streamed with the fetch size and only maxRows of them are kept.
 */
@ExtendWith(PostgresExtension.class)
class LargeResultIT {
    @TempDir
    Path dir;

    @Test
    void aMillionRowsAreCountedInA256MegabyteHeap(PostgresServer pg) {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(256L << 20);
        StepTestKit p = Datasources.project(dir, Map.of("big", pg.jdbcUrl())).file("big.yaml", """
                scenario: A million rows
                vars:
                  n: 1000000
                steps:
                  - query:
                      sql: |
                        SELECT g AS id, md5(g::text) AS hash, repeat('x', 200) AS pad
                          FROM generate_series(1, ${n}) AS g
                    expect:
                      count: 1000000
                      truncated: true
                      rows: { size: 1000 }
                      rows[999].id: 1000
                  - query:
                      sql: SELECT g AS id FROM generate_series(1, ${n / 10}) AS g
                      maxRows: 3
                      fetchSize: 5000
                    expect:
                      count: 100000
                      rows: [ { id: 1 }, { id: 2 }, { id: 3 } ]
                """);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        RunResult result = Crosscheck.run(RunOptions.of(p.dir()));

        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(m -> m.getType() == MemoryType.HEAP)
                .mapToLong(m -> m.getPeakUsage().getUsed()).sum();
        System.out.printf("1,000,000 rows: %d ms, then %d ms; heap peak (sum of pools) %d MB of %d MB%n",
                result.scenarios().get(0).steps().get(0).durationMs(), result.scenarios().get(0).steps().get(1).durationMs(),
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        assertThat(result.passed()).as(StepRun.describe(result)).isTrue();
    }

    @Test
    void resultsAroundTheFetchSizeAreCountedExactlyAndWritesRunOnce(PostgresServer pg) {
        String url = pg.createDatabase("fetch_it");
        pg.executeIn(url, "CREATE TABLE written (id int)");
        StepTestKit p = Datasources.project(dir, Map.of("pg", url)).file("edges.yaml", """
                scenario: Around the fetch size
                steps:
                  - query:
                      sql: SELECT g FROM generate_series(1, ${5}) AS g
                      fetchSize: 5
                    expect:
                      count: 5
                      truncated: false
                      rows[4].g: 5
                  - query:
                      sql: SELECT g FROM generate_series(1, ${6}) AS g
                      fetchSize: 5
                      maxRows: 2
                    expect:
                      count: 6
                      truncated: true
                      rows: { size: 2 }
                  - query:
                      sql: |
                        WITH ins AS (INSERT INTO written SELECT g FROM generate_series(1, ${10}) AS g RETURNING id)
                        SELECT id FROM ins
                      fetchSize: 2
                    expect: { count: 10 }
                  - query:
                      sql: SELECT count(*) AS n FROM written
                    expect:
                      rows[0].n: 10
                """);
        RunResult result = Crosscheck.run(RunOptions.of(p.dir()));
        assertThat(result.passed()).as(StepRun.describe(result)).isTrue();
    }
}
