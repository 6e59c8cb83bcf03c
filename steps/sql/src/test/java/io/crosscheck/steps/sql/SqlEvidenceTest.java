package io.crosscheck.steps.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.EvidenceLine;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.steps.testkit.StepTestKit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sql kind of evidence: the step's own config, checked the same way, its rows read after a failed scenario. */
class SqlEvidenceTest {
    @TempDir
    Path dir;

    private static final String H2 = "jdbc:h2:mem:evidence;DB_CLOSE_DELAY=-1";

    private StepTestKit project(String evidence) {
        String config = """
                environments:
                  local:
                    sql: { audit: { url: "%s", user: sa, password: "" } }
                evidence:
                """.formatted(H2) + evidence;
        return StepTestKit.in(dir).file("crosscheck.yaml", config);
    }

    @Test
    void theRowsOfTheRunsTraceBecomeLinesAfterAFailedScenario() {
        project("""
                  - name: billing audit
                    sql: { datasource: audit, sql: "SELECT at, level, message FROM audit WHERE trace_id = ${trace.id} ORDER BY at" }
                    fields: { time: AT, service: "'billing'", level: LEVEL, message: MESSAGE }
                """).file("s.yaml", """
                scenario: billing writes its audit, then the check fails
                steps:
                  - query:
                      sql: |
                        CREATE TABLE IF NOT EXISTS audit(at TIMESTAMP, level VARCHAR(10), message VARCHAR(100), trace_id VARCHAR(32));
                      datasource: audit
                  - query:
                      sql: |
                        INSERT INTO audit VALUES (TIMESTAMP '2026-03-01 10:00:02', 'ERROR', 'no tariff', ${trace.id}),
                          (TIMESTAMP '2026-03-01 10:00:01', 'INFO', 'bill asked', ${trace.id}),
                          (TIMESTAMP '2026-03-01 10:00:00', 'ERROR', 'another run', 'other')
                      datasource: audit
                  - assert: [ "1 == 2" ]
                """);
        ScenarioResult s = Crosscheck.run(RunOptions.of(dir)).scenarios().get(0);
        assertThat(s.status()).isEqualTo(Status.FAILED);
        assertThat(s.evidence().lines()).extracting(EvidenceLine::message).containsExactly("bill asked", "no tariff");
        assertThat(s.evidence().culprit().service()).isEqualTo("billing");
        assertThat(s.evidence().culprit().time()).isNotNull();
        assertThat(s.evidence().failures()).isEmpty(); // H2 names unquoted columns in capitals, as fields do here
    }

    @Test
    void anUnknownDatasourceAndAQuotedPlaceholderAreReportedInsideTheSource() {
        assertThat(problems("""
                  - name: billing audit
                    sql: { datasource: audit, sql: "SELECT * FROM audit WHERE trace_id = '${trace.id}'" }
                    fields: { time: at, message: message }
                """)).singleElement().asString().startsWith("6:75 ${trace.id} is inside a quoted SQL string literal");
        assertThat(problems("""
                  - name: billing audit
                    sql: { datasource: audti, sql: "SELECT * FROM audit WHERE trace_id = ${trace.id}" }
                    fields: { time: at, message: message }
                """)).containsExactly("6:24 unknown sql connection 'audti' in environment 'local'");
    }

    private List<String> problems(String evidence) {
        project(evidence).file("s.yaml", "scenario: s\nsteps:\n  - assert: [ \"true\" ]\n");
        return Crosscheck.validate(RunOptions.of(dir)).stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message()).toList();
    }
}
