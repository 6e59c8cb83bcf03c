package io.crosscheck.steps.cassandra;

import static io.crosscheck.steps.testkit.StepRun.describe;
import static io.crosscheck.steps.testkit.StepRun.scenario;
import static io.crosscheck.steps.testkit.StepRun.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.crosscheck.engine.result.ReportItem;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.cassandra.CassandraExtension;
import io.crosscheck.testkit.cassandra.CassandraNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Partition balance on a deliberately skewed table (one hot partition) and on an even one. */
@ExtendWith(CassandraExtension.class)
class CqlBalanceIT {
    @TempDir
    Path dir;

    @BeforeAll
    static void loadTables(CassandraNode node) {
        try (CqlSession raw = RawSession.open(node)) {
            RawSession.createKeyspace(raw, "it_balance");
            raw.execute("CREATE TABLE IF NOT EXISTS it_balance.skewed (k text, c int, v int, PRIMARY KEY (k, c))");
            raw.execute("CREATE TABLE IF NOT EXISTS it_balance.even (a text, b int, c int, PRIMARY KEY ((a, b), c))");
            List<Object[]> skewed = new ArrayList<>();
            for (int c = 0; c < 2000; c++) {
                skewed.add(new Object[] {"hot", c, c});
            }
            for (int p = 0; p < 199; p++) {
                for (int c = 0; c < 5; c++) {
                    skewed.add(new Object[] {"p" + p, c, c});
                }
            }
            RawSession.insertAll(raw, "INSERT INTO it_balance.skewed (k, c, v) VALUES (?, ?, ?)", skewed);
            List<Object[]> even = new ArrayList<>();
            for (int p = 0; p < 100; p++) {
                for (int c = 0; c < 10; c++) {
                    even.add(new Object[] {"a" + (p % 10), p, c});
                }
            }
            RawSession.insertAll(raw, "INSERT INTO it_balance.even (a, b, c) VALUES (?, ?, ?)", even);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> value(StepRecord step) {
        return (Map<String, Object>) step.response();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void findsTheHotPartitionOfASkewedTable(CassandraNode node) {
        RunResult result = CassandraProject.of(dir, node).file("balance.yaml", """
                scenario: balance
                steps:
                  - name: skewed
                    query:
                      balance: { table: it_balance.skewed, top: 3 }
                      pageSize: 50
                    expect:
                      partitions: 200
                      rows: 2995
                      max: 2000
                      min: 5
                      top[0].key: hot
                      top[0].rows: 2000
                      top[1].rows: 5
                      maxOverMean: { gt: 100 }
                    report:
                      chart: { type: histogram, data: query.perPartition, title: rows per partition }
                  - name: even
                    query:
                      balance: { table: it_balance.even, splits: 4, parallel: 1 }
                    expect:
                      partitions: 100
                      rows: 1000
                      maxOverMean: 1.0
                      stddev: 0
                """).run().result();
        ScenarioResult scenario = scenario(result, "balance");
        assertThat(scenario.status()).as(describe(result)).isEqualTo(Status.PASSED);
        StepRecord skewed = step(scenario, "skewed");
        Map<String, Object> v = value(skewed);
        assertThat((List<?>) v.get("top")).hasSize(3);
        assertThat(v.get("perPartition")).asList().hasSize(200).contains(2000L);
        assertThat(((List<?>) v.get("perPartition")).stream().mapToLong(n -> (Long) n).sum()).isEqualTo(2995);
        assertThat(map(v.get("sizes"))).containsEntry("5", 199L).containsEntry("2000", 1L);
        Map<String, Object> perRange = map(v.get("perRange"));
        assertThat(perRange).hasSize(16);
        assertThat(perRange.values().stream().mapToLong(n -> (Long) n).sum()).isEqualTo(2995);
        assertThat((double) v.get("rangeMaxOverMean")).as("the hot partition's slice stands out").isGreaterThan(5);
        assertThat(map(v.get("perNode"))).containsExactly(Map.entry(node.contactPoint(), 2995L));
        ReportItem chart = skewed.reports().get(0);
        assertThat(chart.chartType()).isEqualTo("histogram");
        assertThat(chart.data()).asList().hasSize(200);
        Map<String, Object> even = value(step(scenario, "even"));
        assertThat(even.get("top")).asList().hasSize(10);
        assertThat(((Map<?, ?>) ((List<?>) even.get("top")).get(0)).get("key")).as("a composite key is a map")
                .isInstanceOfSatisfying(Map.class, k -> assertThat(k).containsOnlyKeys("a", "b"));
        assertThat((Map<?, ?>) even.get("perRange")).hasSize(4);
    }
}
