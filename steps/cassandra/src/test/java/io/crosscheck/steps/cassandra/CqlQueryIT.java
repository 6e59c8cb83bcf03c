package io.crosscheck.steps.cassandra;

import static io.crosscheck.steps.testkit.StepRun.describe;
import static io.crosscheck.steps.testkit.StepRun.scenario;
import static io.crosscheck.steps.testkit.StepRun.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.cassandra.CassandraExtension;
import io.crosscheck.testkit.cassandra.CassandraNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CassandraExtension.class)
class CqlQueryIT {
    @TempDir
    Path dir;

    @Test
    void setupCreatesAKeyspaceStepsReadByPartitionKeyAndTeardownDropsIt(CassandraNode node) {
        RunResult result = CassandraProject.of(dir, node)
                .connection("cassandra", "inks", "{ contactPoints: [\"" + node.contactPoint() + "\"], localDatacenter: datacenter1, keyspace: it_query }")
                .file("readings.yaml", """
                        scenario: readings by meter
                        vars:
                          meter: O'Brien-7
                        setup:
                          - query:
                              cql: >-
                                CREATE KEYSPACE it_query
                                WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}
                              cluster: main
                          - query:
                              cql: CREATE TABLE it_query.readings (meter_id text, ts int, value int, status text, PRIMARY KEY (meter_id, ts))
                              cluster: main
                          - query:
                              cql: INSERT INTO it_query.readings (meter_id, ts, value, status) VALUES (${meter}, 1, ${100 + 20}, 'BAD')
                              cluster: main
                          - query:
                              cql: INSERT INTO it_query.readings (meter_id, ts, value, status) VALUES (${meter}, 2, 80, 'OK')
                              cluster: main
                          - query:
                              cql: INSERT INTO it_query.readings (meter_id, ts, value, status) VALUES ('other', 1, 5, 'OK')
                              cluster: main
                        steps:
                          - name: by partition key
                            query:
                              cql: SELECT ts, value, status FROM it_query.readings WHERE meter_id = ${meter}
                              cluster: main
                              consistency: ONE
                              pageSize: 1
                            expect:
                              count: 2
                              rows[0].ts: 1
                              rows[0].value: 120
                              rows[1].status: OK
                          - assert:
                              - query.rows[1].value == 80
                          - name: in the cluster's keyspace
                            query:
                              cql: SELECT count(*) AS n FROM readings WHERE meter_id = ${meter}
                              cluster: inks
                            expect:
                              rows[0].n: 2
                          - name: conditional insert of an existing row
                            query:
                              cql: INSERT INTO it_query.readings (meter_id, ts, value) VALUES (${meter}, 1, 0) IF NOT EXISTS
                              cluster: main
                            expect:
                              applied: false
                              rows[0].value: 120
                        teardown:
                          - query:
                              cql: DROP KEYSPACE it_query
                              cluster: main
                        """)
                .run().result();
        ScenarioResult scenario = scenario(result, "readings by meter");
        assertThat(scenario.status()).as(describe(result)).isEqualTo(Status.PASSED);
        StepRecord byKey = step(scenario, "by partition key");
        assertThat(byKey.request()).containsEntry("cql", "SELECT ts, value, status FROM it_query.readings WHERE meter_id = ?")
                .containsEntry("values", List.of("O'Brien-7"));
        try (CqlSession raw = RawSession.open(node)) {
            assertThat(raw.execute("SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = 'it_query'").all())
                    .as("teardown dropped the keyspace").isEmpty();
        }
    }

    @Test
    void valuesAreBoundToTheColumnTypesAndReadBackAsPlainValues(CassandraNode node) {
        RunResult result = CassandraProject.of(dir, node).file("types.yaml", """
                scenario: types
                vars:
                  id: 6f1c2a9e-0d4b-4f7e-9d3c-1b2a3c4d5e6f
                  at: "2024-05-01T10:00:00Z"
                  tags: ${['a', 'b']}
                  attrs: "${ {'x': 1, 'y': 2} }"
                setup:
                  - query:
                      cql: >-
                        CREATE KEYSPACE IF NOT EXISTS it_types
                        WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}
                  - query:
                      cql: >-
                        CREATE TABLE IF NOT EXISTS it_types.t (id uuid PRIMARY KEY, at timestamp, tags list<text>,
                        attrs map<text, int>, ok boolean, amount decimal, data blob, day date, n bigint, f float, s smallint)
                steps:
                  - query:
                      cql: >-
                        INSERT INTO it_types.t (id, at, tags, attrs, ok, amount, data, day, n, f, s)
                        VALUES (${id}, ${at}, ${tags}, ${attrs}, ${true}, ${12.50}, ${'0xcafe'}, ${'2024-05-01'}, ${9000000000}, ${1.5}, ${7})
                  - name: read back
                    query:
                      cql: SELECT * FROM it_types.t WHERE id = ${id}
                    expect:
                      count: 1
                      rows[0].id: 6f1c2a9e-0d4b-4f7e-9d3c-1b2a3c4d5e6f
                      rows[0].at: "2024-05-01T10:00:00Z"
                      rows[0].tags: [a, b]
                      rows[0].attrs: { x: 1, y: 2 }
                      rows[0].ok: true
                      rows[0].amount: 12.5
                      rows[0].data: "0xcafe"
                      rows[0].day: "2024-05-01"
                      rows[0].n: 9000000000
                      rows[0].f: 1.5
                      rows[0].s: 7
                  - name: a value that does not fit
                    query:
                      cql: SELECT * FROM it_types.t WHERE id = ${'not-a-uuid'}
                teardown:
                  - query: { cql: DROP KEYSPACE IF EXISTS it_types }
                """).run().result();
        ScenarioResult scenario = scenario(result, "types");
        assertThat(step(scenario, "read back").status()).as(describe(result)).isEqualTo(Status.PASSED);
        StepRecord misfit = step(scenario, "a value that does not fit");
        assertThat(misfit.status()).isEqualTo(Status.FAILED);
        assertThat(misfit.error()).contains("types.yaml:39:12").contains("not-a-uuid").contains("uuid");
    }

    @Test
    void aCqlSyntaxErrorIsReportedAtTheStepsFileLineAndColumn(CassandraNode node) {
        RunResult result = CassandraProject.of(dir, node).file("bad.yaml", """
                scenario: bad cql
                steps:
                  - name: typo
                    query:
                      cql: SELEC release_version FROM system.local
                  - name: never runs
                    query:
                      cql: SELECT release_version FROM system.local
                ---
                scenario: bad prepared cql
                steps:
                  - name: dangling and
                    query:
                      cql: SELECT * FROM system.local WHERE key = ${'local'} AND
                """).run().result();
        StepRecord typo = step(scenario(result, "bad cql"), "typo");
        assertThat(typo.status()).as(describe(result)).isEqualTo(Status.FAILED);
        assertThat(typo.error()).contains("bad.yaml:5:12: CQL syntax error").contains("SELEC");
        assertThat(step(scenario(result, "bad cql"), "never runs").status()).isEqualTo(Status.SKIPPED);
        StepRecord dangling = step(scenario(result, "bad prepared cql"), "dangling and");
        assertThat(dangling.status()).isEqualTo(Status.FAILED);
        assertThat(dangling.error()).contains("bad.yaml:14:12: CQL syntax error");
    }

    @Test
    void aStoppedNodeIsAClearErrorAndTheRunGoesOn(CassandraNode node) throws IOException {
        int nothingListens;
        try (ServerSocket s = new ServerSocket(0)) {
            nothingListens = s.getLocalPort();
        }
        RunResult result = CassandraProject.of(dir, node)
                .connection("cassandra", "down", "{ contactPoints: [\"127.0.0.1:" + nothingListens + "\"], localDatacenter: datacenter1 }")
                .file("a-down.yaml", """
                        scenario: on a stopped node
                        steps:
                          - query: { cql: SELECT release_version FROM system.local, cluster: down }
                        """)
                .file("b-up.yaml", """
                        scenario: on the running node
                        steps:
                          - query: { cql: SELECT release_version FROM system.local, cluster: main }
                            expect:
                              rows[0].release_version: { matches: '^5\\.0\\.' }
                        """)
                .run().result();
        ScenarioResult down = scenario(result, "on a stopped node");
        assertThat(down.status()).as(describe(result)).isEqualTo(Status.ERROR);
        assertThat(down.steps().get(0).error())
                .contains("cassandra cluster 'down'", "no node could be reached",
                        "127.0.0.1:" + nothingListens + ": connection refused");
        assertThat(down.steps().get(0).failure()).extracting(StepError::kind, StepError::hint)
                .containsExactly(StepError.Kind.UNREACHABLE, "is the node running, and are contactPoints right?");
        assertThat(scenario(result, "on the running node").status()).as(describe(result)).isEqualTo(Status.PASSED);
    }

    @Test
    void driverOptionsOfTheEnvironmentReachTheDriver(CassandraNode node) {
        RunResult result = CassandraProject.of(dir, node)
                .connection("cassandra", "named", "{ contactPoints: [\"" + node.contactPoint() + "\"], localDatacenter: datacenter1,"
                        + " basic.application.name: crosscheck-it, advanced: { connection: { pool: { local: { size: 2 } } } } }")
                .connection("cassandra", "typo", "{ contactPoints: [\"" + node.contactPoint() + "\"], basic.request.timout: 5s }")
                .file("options.yaml", """
                        scenario: options
                        steps:
                          - name: clients
                            query: { cql: SELECT client_options FROM system_views.clients, cluster: named }
                        ---
                        scenario: unknown option
                        steps:
                          - query: { cql: SELECT now() FROM system.local, cluster: typo }
                        """)
                .run().result();
        StepRecord clients = step(scenario(result, "options"), "clients");
        assertThat(clients.status()).as(describe(result)).isEqualTo(Status.PASSED);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) clients.response()).get("rows");
        assertThat(rows).filteredOn(r -> "crosscheck-it".equals(((Map<?, ?>) r.get("client_options")).get("APPLICATION_NAME")))
                .as("connections of the session, opened with its application name").hasSizeGreaterThanOrEqualTo(2);
        ScenarioResult typo = scenario(result, "unknown option");
        assertThat(typo.status()).isEqualTo(Status.ERROR);
        assertThat(typo.steps().get(0).error()).contains("unknown key 'basic.request.timout'", "did you mean 'basic.request.timeout'");
    }
}
