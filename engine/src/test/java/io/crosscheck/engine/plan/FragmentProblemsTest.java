package io.crosscheck.engine.plan;

import static io.crosscheck.engine.plan.ProblemLines.under;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What validate says of a use step before anything runs, at the file:line:column of the step (spec §2.6). */
class FragmentProblemsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void aLoginFragment() throws IOException {
        write("fragments/login.yaml", """
                fragment: Log in
                params: { user: alice, password: null }
                steps:
                  - assert: [ "password != ''" ]
                """);
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> problems(String scenario) throws IOException {
        write("s.yaml", scenario);
        return Crosscheck.validate(RunOptions.of(dir)).stream().map(p -> under(dir, p)).toList();
    }


    @Test
    void aWellFormedUseIsNoProblem() throws IOException {
        assertThat(problems("""
                scenario: ok
                steps:
                  - use: fragments/login.yaml
                    with: { password: pw }
                """)).isEmpty();
    }

    @Test
    void aMissingFragmentFileIsReportedAtItsPath() throws IOException {
        assertThat(problems("""
                scenario: missing
                steps:
                  - use: fragments/logn.yaml
                """)).containsExactly("s.yaml:3:10 no fragment file 'fragments/logn.yaml'"
                + " | the path is relative to the file holding the step");
    }

    @Test
    void anUnknownParameterIsReportedAtItsKey() throws IOException {
        assertThat(problems("""
                scenario: unknown
                steps:
                  - use: fragments/login.yaml
                    with: { password: pw, usr: bob }
                """)).containsExactly("s.yaml:4:27 unknown parameter 'usr' of fragment 'Log in' | did you mean 'user'?");
    }

    @Test
    void aRequiredParameterNotGivenIsReportedAtTheUseStep() throws IOException {
        assertThat(problems("""
                scenario: required
                steps:
                  - use: fragments/login.yaml
                    with: { user: bob }
                """)).containsExactly("s.yaml:3:5 missing parameter 'password' of fragment 'Log in'"
                + " | give it in with: { password: ... }");
    }

    @Test
    void aCycleOfFragmentsIsReportedWhereItCloses() throws IOException {
        write("fragments/a.yaml", """
                fragment: A
                steps:
                  - use: b.yaml
                """);
        write("fragments/b.yaml", """
                fragment: B
                steps:
                  - assert: [ "true" ]
                  - use: a.yaml
                """);
        assertThat(problems("""
                scenario: cycle
                steps:
                  - use: fragments/a.yaml
                """)).containsExactly("fragments/b.yaml:4:10 a cycle of fragments: "
                + dir.resolve("fragments/a.yaml") + " → " + dir.resolve("fragments/b.yaml") + " → "
                + dir.resolve("fragments/a.yaml") + " | a fragment may not use itself, directly or through others");
    }

    @Test
    void aScenarioFileIsNoFragment() throws IOException {
        write("other.yaml", """
                scenario: other
                steps:
                  - assert: [ "true" ]
                """);
        assertThat(problems("""
                scenario: uses a scenario
                steps:
                  - use: other.yaml
                """)).containsExactly("s.yaml:3:10 'other.yaml' is a scenario, not a fragment file"
                + " | a fragment file holds fragment: NAME, params and steps");
    }

    @Test
    void aProblemInsideAFragmentIsReportedOnceInItsOwnFile() throws IOException {
        write("fragments/bad.yaml", """
                fragment: Bad
                steps:
                  - asert: [ "true" ]
                """);
        assertThat(problems("""
                scenario: twice
                steps:
                  - use: fragments/bad.yaml
                  - use: fragments/bad.yaml
                """)).containsExactly("fragments/bad.yaml:3:5 unknown verb or key 'asert' | did you mean 'assert'?");
    }

    @Test
    void aFragmentFileThatIsNoYamlIsReportedOnceThoughAlsoFoundBesideTheScenarios() throws IOException {
        // found before the scenario that uses it, and after it
        for (String file : List.of("fragments/broken.yaml", "zz/broken.yaml")) {
            write(file, "fragment: Broken\nsteps: [\n");
            List<String> problems = problems("""
                    scenario: uses a broken file
                    steps:
                      - use: %s
                    """.formatted(file));
            assertThat(problems).as(file).hasSize(2);
            assertThat(problems.get(0)).startsWith(file + ":3:1 invalid YAML");
            assertThat(problems.get(1)).isEqualTo("s.yaml:3:10 cannot read fragment file '" + file + "'"
                    + " | see the problems reported in it");
            Files.delete(dir.resolve(file));
        }
    }
}
