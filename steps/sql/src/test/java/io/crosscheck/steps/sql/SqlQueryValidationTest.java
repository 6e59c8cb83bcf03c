package io.crosscheck.steps.sql;

import io.crosscheck.steps.testkit.StepTestKit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems of query: sql steps, found before anything runs, at their exact line and column. */
class SqlQueryValidationTest {
    @TempDir
    Path dir;

    private List<Problem> validate(String scenario) {
        StepTestKit p = Datasources.project(dir, Map.of("profile", "jdbc:h2:mem:unused"))
                .file("s.yaml", scenario);
        return Crosscheck.validate(RunOptions.of(p.dir()));
    }

    @Test
    void aValidStepHasNoProblems() {
        assertThat(validate("""
                scenario: fine
                steps:
                  - query:
                      sql: SELECT * FROM customer_profile WHERE last_name = ${name} AND note = 'it''s'
                      datasource: profile
                      maxRows: 10
                      fetchSize: 100
                """)).isEmpty();
    }

    @Test
    void aPlaceholderInsideQuotesIsReportedAtItsLineAndColumnWithTheFix() {
        List<Problem> problems = validate("""
                scenario: quoted
                steps:
                  - query:
                      sql: SELECT * FROM customer_profile WHERE last_name = '${name}'
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.position().file()).endsWith("s.yaml");
            assertThat(p.position().line() + ":" + p.position().column()).isEqualTo("4:62");
            assertThat(p.message()).isEqualTo("${name} is inside a quoted SQL string literal; every ${} in sql is"
                    + " bound as a parameter, never pasted into the text, so it cannot sit inside quotes");
            assertThat(p.hint()).isEqualTo("write `= ${name}` without quotes: the value is bound as a parameter");
            assertThat(p.format()).contains("\n        sql: SELECT * FROM customer_profile WHERE last_name = '${name}'\n"
                    + "  " + " ".repeat(61) + "^");
        });
    }

    @Test
    void insideABlockScalarTheLineAndColumnAreThoseOfTheFile() {
        List<Problem> problems = validate("""
                scenario: block
                steps:
                  - query:
                      sql: |
                        SELECT *
                          FROM customer_profile
                         WHERE first_name LIKE '%${prefix}%'
                           AND note = /* ${ignored} */ 'x'
                """);
        assertThat(problems).extracting(p -> p.position().line() + ":" + p.position().column())
                .containsExactly("7:34", "8:26");
        assertThat(problems.get(0).hint()).contains("LIKE ${'%' + prefix + '%'}");
        assertThat(problems.get(1).message()).startsWith("${ignored} is inside an SQL comment");
    }

    @Test
    void badSettingsAreReportedWhereTheyAre() {
        List<Problem> problems = validate("""
                scenario: settings
                steps:
                  - query:
                      sql: SELECT 1
                      datasource: profil
                      maxRows: -1
                  - query:
                      sql: SELECT 1
                      fetchsize: 10
                """);
        assertThat(problems).extracting(p -> p.position().line() + ":" + p.position().column() + " " + p.message())
                .containsExactlyInAnyOrder(
                        "6:16 maxRows must be 0 or more, got -1",
                        "9:7 unknown key 'fetchsize'");
        assertThat(problems).filteredOn(p -> p.message().startsWith("unknown key"))
                .singleElement().satisfies(p -> assertThat(p.hint()).isEqualTo("did you mean 'fetchSize'?"));
    }

    @Test
    void anUnknownDatasourceIsNamedWithTheClosestOne() {
        List<Problem> problems = validate("""
                scenario: names
                steps:
                  - query:
                      sql: SELECT 1
                      datasource: profil
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.position().line() + ":" + p.position().column()).isEqualTo("5:19");
            assertThat(p.message()).isEqualTo("unknown sql connection 'profil' in environment 'local'");
            assertThat(p.hint()).isEqualTo("did you mean 'profile'?");
        });
    }
}
