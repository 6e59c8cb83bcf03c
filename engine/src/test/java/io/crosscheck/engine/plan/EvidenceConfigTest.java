package io.crosscheck.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crosscheck.yaml's evidence: (spec §8): each bad entry at its file:line:column. The tests' kind is "rows". */
class EvidenceConfigTest {
    @TempDir
    Path dir;

    private List<String> problems(String config) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), config);
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("s.yaml"), "scenario: s\nsteps:\n  - assert: [ \"true\" ]\n");
        return Crosscheck.validate(RunOptions.of(scenarios)).stream().map(ProblemLines::inFile).toList();
    }


    @Test
    void aWellFormedSourceIsAccepted() throws IOException {
        assertThat(problems("""
                evidence:
                  - name: logs
                    rows: { rows: [ { ts: 1, msg: "${trace.id}" } ] }
                    fields: { time: ts, service: "'billing'", level: "'ERROR'", message: msg }
                    timeout: 2s
                    limit: 10
                """)).isEmpty();
    }

    @Test
    void aMisspelledKindIsNamedWithTheKnownOne() throws IOException {
        assertThat(problems("""
                evidence:
                  - name: logs
                    rowz: { rows: [] }
                    fields: { time: ts, message: msg }
                """)).containsExactly(
                "crosscheck.yaml:3:5 unknown key 'rowz' in evidence source | did you mean 'rows'?",
                "crosscheck.yaml:2:5 evidence source 'logs' needs one of the keys rows");
    }

    @Test
    void aSourceNeedsANameAndFieldsWithTimeAndMessage() throws IOException {
        assertThat(problems("""
                evidence:
                  - rows: { rows: [] }
                  - name: logs
                    rows: { rows: [] }
                    fields: { time: ts, level: [ERROR], colour: red }
                """)).containsExactly(
                "crosscheck.yaml:2:5 an evidence source needs a name, e.g. name: service logs",
                "crosscheck.yaml:2:5 an evidence source needs fields, e.g. fields: { time: ts, service: service,"
                        + " level: level, message: message }",
                "crosscheck.yaml:5:32 fields.level must be an expression over a row, e.g. ts or 'billing'",
                "crosscheck.yaml:5:41 unknown key 'colour' in fields | known keys: time, service, level, message",
                "crosscheck.yaml:5:13 fields needs message");
    }

    @Test
    void badBoundsAndABadExpressionAreShownWhereTheyAre() throws IOException {
        assertThat(problems("""
                evidence:
                  - name: logs
                    rows: { rows: [] }
                    fields: { time: ts, message: "msg +" }
                    timeout: 0s
                    limit: 0
                """)).hasSize(3).anySatisfy(p -> assertThat(p).startsWith("crosscheck.yaml:4:34 bad expression"))
                .contains("crosscheck.yaml:5:14 timeout must be more than 0 | write e.g. 5s",
                        "crosscheck.yaml:6:12 limit must be a whole number of lines from 1 to 100000 | the default is 200");
    }

    @Test
    void twoKindsInOneSourceAndTwoSourcesOfOneNameAreProblems() throws IOException {
        assertThat(problems("""
                evidence: { name: logs }
                """)).containsExactly("crosscheck.yaml:1:11 evidence must be a list of sources, each with a name, a kind"
                + " (rows) and fields");
        assertThat(problems("""
                evidence:
                  - { name: a, rows: {}, fields: { time: t, message: m } }
                  - { name: a, rows: {}, fields: { time: t, message: m } }
                """)).containsExactly("crosscheck.yaml:3:13 two evidence sources are named 'a'");
    }

    @Test
    void theKindsOwnParserReportsInsideItsValue() throws IOException {
        assertThat(problems("""
                evidence:
                  - name: logs
                    rows: { rows: [], sleeep: 1s }
                    fields: { time: ts, message: msg }
                """)).singleElement().asString().startsWith("crosscheck.yaml:3:23 unknown key 'sleeep'");
    }
}
