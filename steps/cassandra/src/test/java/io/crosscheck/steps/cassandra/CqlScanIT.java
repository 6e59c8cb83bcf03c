package io.crosscheck.steps.cassandra;

import static io.crosscheck.steps.testkit.StepRun.describe;
import static io.crosscheck.steps.testkit.StepRun.scenario;
import static io.crosscheck.steps.testkit.StepRun.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.crosscheck.engine.InvalidInputException;
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

/** Non-key search over 3,000 rows in 300 partitions, checked against the same search done with the plain driver. */
@ExtendWith(CassandraExtension.class)
class CqlScanIT {
    private static final int METERS = 300;
    private static final int READINGS = 10;
    /** The readings of the table in token order, as the plain driver reads a whole table. */
    private static List<Map<String, Object>> tokenOrder;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadReadings(CassandraNode node) {
        try (CqlSession raw = RawSession.open(node)) {
            RawSession.createKeyspace(raw, "it_scan");
            raw.execute("CREATE TABLE IF NOT EXISTS it_scan.readings (meter_id text, ts int, value int, status text, PRIMARY KEY (meter_id, ts))");
            List<Object[]> rows = new ArrayList<>();
            for (int m = 0; m < METERS; m++) {
                for (int ts = 0; ts < READINGS; ts++) {
                    int value = (m * 37 + ts * 11) % 1000;
                    String status = value > 900 && (m + ts) % 3 == 0 ? "BAD" : "OK";
                    rows.add(new Object[] {"meter-" + m, ts, value, status});
                }
            }
            RawSession.insertAll(raw, "INSERT INTO it_scan.readings (meter_id, ts, value, status) VALUES (?, ?, ?, ?)", rows);
            tokenOrder = new ArrayList<>();
            for (Row row : raw.execute("SELECT * FROM it_scan.readings")) {
                tokenOrder.add(CqlValues.row(row));
            }
        }
    }

    private static List<Map<String, Object>> expected(java.util.function.Predicate<Map<String, Object>> p) {
        return tokenOrder.stream().filter(p).toList();
    }

    private static Map<String, Object> value(StepRecord step) {
        return value(step.response());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> value(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void findsRowsByNonKeyColumnsAcrossEveryTokenRange(CassandraNode node) {
        RunResult result = CassandraProject.of(dir, node).file("scan.yaml", """
                scenario: bad readings
                vars:
                  threshold: 900
                steps:
                  - name: scan
                    query:
                      scan:
                        table: it_scan.readings
                        match: value > threshold && status == 'BAD'
                        maxRows: 5
                      pageSize: 100
                    expect:
                      scanned: 3000
                      rows[0].status: BAD
                  - name: one slice at a time
                    query:
                      scan: { table: it_scan.readings, match: "value > threshold && status == 'BAD'", maxRows: 5, splits: 7, parallel: 1 }
                  - name: four at once
                    query:
                      scan: { table: it_scan.readings, match: "value > threshold && status == 'BAD'", maxRows: 5, splits: 64, parallel: 4 }
                """).run().result();
        ScenarioResult scenario = scenario(result, "bad readings");
        assertThat(scenario.status()).as(describe(result)).isEqualTo(Status.PASSED);
        List<Map<String, Object>> bad = expected(r -> (Integer) r.get("value") > 900 && "BAD".equals(r.get("status")));
        assertThat(bad).hasSizeGreaterThan(5);
        Map<String, Object> scan = value(step(scenario, "scan"));
        assertThat(scan).containsEntry("count", (long) bad.size()).containsEntry("scanned", 3000L).containsEntry("truncated", true);
        assertThat(scan.get("rows")).as("the first matches in token order").isEqualTo(bad.subList(0, 5));
        for (String name : List.of("one slice at a time", "four at once")) {
            Map<String, Object> other = value(step(scenario, name));
            assertThat(other.get("rows")).as(name).isEqualTo(scan.get("rows"));
            assertThat(other).as(name).containsEntry("count", (long) bad.size()).containsEntry("scanned", 3000L);
        }
        assertThat(value(step(scenario, "four at once"))).containsEntry("slices", 64);
    }

    @Test
    void whereMatchesColumnsByEqualityAndColumnsNarrowTheRows(CassandraNode node) {
        RunResult result = CassandraProject.of(dir, node).file("where.yaml", """
                scenario: where
                steps:
                  - name: equality
                    query:
                      scan:
                        table: it_scan.readings
                        where: { status: BAD, ts: 3 }
                        columns: [meter_id, value, status]
                        maxRows: 1000
                  - name: nothing
                    query:
                      scan: { table: it_scan.readings, where: { meter_id: nobody } }
                    expect:
                      count: 0
                      rows: []
                """).run().result();
        ScenarioResult scenario = scenario(result, "where");
        assertThat(scenario.status()).as(describe(result)).isEqualTo(Status.PASSED);
        List<Map<String, Object>> expected = expected(r -> "BAD".equals(r.get("status")) && (Integer) r.get("ts") == 3);
        Map<String, Object> equality = value(step(scenario, "equality"));
        assertThat(equality).containsEntry("count", (long) expected.size()).doesNotContainKey("truncated");
        assertThat(equality.get("rows")).asList().hasSize(expected.size())
                .allSatisfy(r -> assertThat(value(r)).containsOnlyKeys("meter_id", "value", "status").containsEntry("status", "BAD"));
    }

    @Test
    void anUnknownColumnFailsTheStepAtItsPosition(CassandraNode node) {
        RunResult result = CassandraProject.of(dir, node).file("unknown.yaml", """
                scenario: unknown column
                steps:
                  - query:
                      scan:
                        table: it_scan.readings
                        where: { colour: red }
                """).run().result();
        ScenarioResult scenario = scenario(result, "unknown column");
        assertThat(scenario.status()).as(describe(result)).isEqualTo(Status.FAILED);
        assertThat(scenario.steps().get(0).error()).contains("unknown.yaml:5:9", "no column 'colour'", "meter_id");
    }

    @Test
    void aBadMatchExpressionIsReportedBeforeAnythingRuns(CassandraNode node) {
        io.crosscheck.steps.testkit.StepTestKit run = CassandraProject.of(dir, node).file("badmatch.yaml", """
                scenario: bad match
                steps:
                  - query:
                      scan:
                        table: it_scan.readings
                        match: value > && status
                """);
        assertThatThrownBy(run::run).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> assertThat(p.position().toString()).endsWith("badmatch.yaml:6:16")));
    }
}
