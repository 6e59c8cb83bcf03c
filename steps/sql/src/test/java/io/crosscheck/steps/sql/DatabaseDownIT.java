package io.crosscheck.steps.sql;

import io.crosscheck.steps.testkit.StepRun;
import io.crosscheck.steps.testkit.StepTestKit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.testkit.postgres.PostgresExtension;
import io.crosscheck.testkit.postgres.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A database that is not there fails its scenario with a clear message; the run goes on with the next one. */
@ExtendWith(PostgresExtension.class)
class DatabaseDownIT {
    @TempDir
    Path dir;

    private static String scenario(String name, String datasource) {
        return """
                scenario: %s
                steps:
                  - query:
                      sql: SELECT ${1} AS one
                      datasource: %s
                    expect:
                      rows[0].one: 1
                """.formatted(name, datasource);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aClosedPortIsAClearErrorAndTheNextScenarioStillRuns(PostgresServer pg) throws Exception {
        int port = closedPort();
        Map<String, String> ds = new LinkedHashMap<>();
        ds.put("down", "jdbc:postgresql://127.0.0.1:" + port + "/nothing");
        ds.put("up", pg.jdbcUrl());
        StepTestKit p = Datasources.project(dir, ds)
                .file("a_down.yaml", scenario("down", "down"))
                .file("b_up.yaml", scenario("up", "up"));

        RunResult result = Crosscheck.run(RunOptions.of(p.dir()));

        assertThat(result.scenarios()).extracting(ScenarioResult::name, ScenarioResult::status)
                .as(StepRun.describe(result))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("down", Status.ERROR),
                        org.assertj.core.groups.Tuple.tuple("up", Status.PASSED));
        assertThat(result.scenarios().get(0).steps().get(0).error())
                .contains("cannot connect to datasource 'down' (jdbc:postgresql://127.0.0.1:" + port + "/nothing)")
                .contains("Connection to 127.0.0.1:" + port + " refused");
        assertThat(result.scenarios().get(0).steps().get(0).failure().kind()).isEqualTo(StepError.Kind.UNREACHABLE);
        assertThat(result.scenarios().get(0).durationMs()).as("a refused connection fails at once, not at a timeout")
                .isLessThan(10_000);
    }

    @Test
    void aDatabaseThatStopsDuringTheRunFailsOnlyTheScenariosThatNeedIt(PostgresServer pg) {
        PostgresServer second = PostgresServer.startNew("stopping");
        try {
            Map<String, String> ds = new LinkedHashMap<>();
            ds.put("second", second.jdbcUrl());
            ds.put("main", pg.jdbcUrl());
            StepTestKit p = Datasources.project(dir, ds)
                    .file("1.yaml", scenario("before the stop", "second"))
                    .file("2.yaml", scenario("after the stop", "second"))
                    .file("3.yaml", scenario("other database", "main"));
            RunListener stopAfterFirst = new RunListener() {
                @Override
                public void scenarioFinished(ScenarioResult result) {
                    if (result.name().equals("before the stop")) second.close();
                }
            };
            RunResult result = Crosscheck.run(RunOptions.of(p.dir()), stopAfterFirst);

            assertThat(result.scenarios()).extracting(ScenarioResult::name, ScenarioResult::status)
                    .as(StepRun.describe(result))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("before the stop", Status.PASSED),
                            org.assertj.core.groups.Tuple.tuple("after the stop", Status.ERROR),
                            org.assertj.core.groups.Tuple.tuple("other database", Status.PASSED));
            // the pool either meets the refused port or a pooled connection the stopping server terminates
            assertThat(result.scenarios().get(1).steps().get(0).error())
                    .containsAnyOf("no connection to datasource 'second' (" + second.jdbcUrl() + ") within 1500ms",
                            "lost the connection to datasource 'second' (" + second.jdbcUrl() + ")")
                    .containsAnyOf("refused", "terminating connection");
        } finally {
            second.close();
        }
    }
}
