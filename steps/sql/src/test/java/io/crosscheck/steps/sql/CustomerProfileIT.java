package io.crosscheck.steps.sql;

import io.crosscheck.steps.testkit.StepRun;
import io.crosscheck.steps.testkit.StepTestKit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.postgres.PostgresExtension;
import io.crosscheck.testkit.postgres.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Scenarios against the customer_profile table of a real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class CustomerProfileIT {
    private static String url;
    private static PostgresServer pg;

    @TempDir
    Path dir;

    @BeforeAll
    static void database(PostgresServer server) {
        pg = server;
        url = pg.createDatabase("customer_it");
    }

    @BeforeEach
    void table() {
        pg.executeIn(url, """
                DROP TABLE IF EXISTS customer_profile;
                CREATE TABLE customer_profile (
                  customer_id  bigint PRIMARY KEY,
                  first_name   text NOT NULL,
                  last_name    text NOT NULL,
                  email        text,
                  is_active    boolean NOT NULL,
                  created_date date NOT NULL)""");
    }

    private RunResult run(String scenario, UnaryOperator<RunOptions> options) {
        StepTestKit p = Datasources.project(dir, Map.of("profile", url)).file("customers.yaml", scenario);
        return Crosscheck.run(options.apply(RunOptions.of(p.dir())));
    }

    private RunResult run(String scenario) {
        return run(scenario, UnaryOperator.identity());
    }

    private long rows(String sql) throws Exception {
        try (Connection c = pg.connect(url); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void inactiveCustomersAreFoundAndCountedThroughAScenario() {
        RunResult result = run("""
                scenario: Inactive customers are found
                vars:
                  active: false
                setup:
                  - query:
                      sql: |
                        INSERT INTO customer_profile VALUES
                          (1, 'Ada',   'Lovelace', 'ada@example.com',   true,  DATE '2024-01-02'),
                          (2, 'Alan',  'Turing',   'alan@example.com',  false, DATE '2024-02-03'),
                          (3, 'Grace', 'Hopper',   'grace@example.com', false, DATE '2024-03-04')
                    expect:
                      updated: 3
                steps:
                  - query:
                      sql: |
                        SELECT customer_id, first_name, last_name, is_active, created_date
                          FROM customer_profile
                         WHERE is_active = ${active}
                         ORDER BY customer_id
                    expect:
                      count: 2
                      columns: [customer_id, first_name, last_name, is_active, created_date]
                      rows[0].first_name: Alan
                      rows[0].is_active: false
                      rows[0].created_date: "2024-02-03"
                      rows[1].customer_id: 3
                    save:
                      inactive: rows
                  - query:
                      sql: SELECT count(*) AS n FROM customer_profile WHERE is_active = ${active}
                    expect:
                      rows[0].n: 2
                  - assert:
                      - size(inactive) == query.rows[0].n
                      - inactive[1].last_name == 'Hopper'
                teardown:
                  - query:
                      sql: DELETE FROM customer_profile
                    expect:
                      updated: 3
                """);
        assertThat(result.passed()).as(StepRun.describe(result)).isTrue();
        StepRecord select = result.scenarios().get(0).steps().get(1);
        assertThat(select.request()).containsEntry("datasource", "profile").containsEntry("params", List.of(false));
        assertThat(select.request().get("sql").toString()).contains("WHERE is_active = ?");
    }

    @Test
    void oBrienIsBoundAsAValueSoTheQuoteNeedsNoEscaping() {
        RunResult result = run("""
                scenario: O'Brien
                vars:
                  last: O'Brien
                steps:
                  - query:
                      sql: |
                        INSERT INTO customer_profile VALUES (${42}, 'Conan', ${last}, ${null}, true, CURRENT_DATE)
                    expect:
                      updated: 1
                  - query:
                      sql: SELECT last_name, email FROM customer_profile WHERE last_name = ${last}
                    expect:
                      count: 1
                      rows[0].last_name: O'Brien
                      rows[0].email: null
                """);
        assertThat(result.passed()).as(StepRun.describe(result)).isTrue();
    }

    @Test
    void severalStatementsInOneStepReportTheRowsTheyChanged() {
        RunResult result = run("""
                scenario: Seed and clean in one step each
                setup:
                  - query:
                      sql: |
                        INSERT INTO customer_profile VALUES (${1}, 'Ada', 'Lovelace', null, ${true}, CURRENT_DATE);
                        INSERT INTO customer_profile VALUES (${2}, 'Alan', 'Turing', null, ${false}, CURRENT_DATE)
                    expect:
                      updated: 2
                steps:
                  - query:
                      sql: SELECT count(*) AS n FROM customer_profile
                    expect:
                      rows[0].n: 2
                teardown:
                  - query:
                      sql: DELETE FROM customer_profile WHERE customer_id = ${1}; DELETE FROM customer_profile
                    expect:
                      updated: 2
                """);
        assertThat(result.passed()).as(StepRun.describe(result)).isTrue();
    }

    @Test
    void anInjectionAttemptThroughAVariableLeavesTheTableIntact() throws Exception {
        pg.executeIn(url, "INSERT INTO customer_profile VALUES (1, 'Ada', 'Lovelace', null, true, CURRENT_DATE)");
        String evil = "x'; DROP TABLE customer_profile; --";
        RunResult result = run("""
                scenario: Injection is a value like any other
                vars:
                  name: "x'; DROP TABLE customer_profile; --"
                steps:
                  - query:
                      sql: SELECT * FROM customer_profile WHERE last_name = ${name}
                    expect:
                      count: 0
                  - query:
                      sql: SELECT * FROM customer_profile WHERE last_name = ${fromCli} OR first_name = ${fromCli}
                    expect:
                      count: 0
                  - query:
                      sql: SELECT count(*) AS n FROM customer_profile
                    expect:
                      rows[0].n: 1
                """, options -> options.var("fromCli", evil));
        assertThat(result.passed()).as(StepRun.describe(result)).isTrue();
        assertThat(rows("SELECT count(*) FROM customer_profile")).isEqualTo(1);
    }

    @Test
    void aSqlErrorFailsTheStepWithTheDatabasesMessage() {
        RunResult result = run("""
                scenario: Typo
                steps:
                  - query:
                      sql: SELECT * FROM customer_profil WHERE customer_id = ${1}
                """);
        assertThat(result.scenarios().get(0).status()).isEqualTo(Status.FAILED);
        assertThat(result.scenarios().get(0).steps().get(0).error())
                .contains("datasource 'profile'", "relation \"customer_profil\" does not exist", "SQLState 42P01");
    }

    @Test
    void aRowInsertedLaterIsWaitedForWithRetry() throws Exception {
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(1500);
                pg.executeIn(url, "INSERT INTO customer_profile VALUES (7, 'Late', 'Comer', null, true, CURRENT_DATE)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
        RunResult result = run("""
                scenario: Eventually there
                steps:
                  - query:
                      sql: SELECT first_name FROM customer_profile WHERE customer_id = ${7}
                    retry: { timeout: 15s, every: 200ms }
                    expect:
                      count: 1
                      rows[0].first_name: Late
                """);
        writer.join();
        assertThat(result.passed()).as(StepRun.describe(result)).isTrue();
        assertThat(result.scenarios().get(0).steps().get(0).attempts()).isGreaterThan(3);
    }
}
