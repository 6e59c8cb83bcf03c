package io.crosscheck.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A classpath copy of a scenario file is named by its source when the source holds the same bytes. */
class SourcePathsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void mavensAndGradlesCopiesAreNamedByTheirSource() throws Exception {
        Path source = write("module/src/test/resources/scenarios/a.yaml", "scenario: a\n");
        assertThat(SourcePaths.of(write("module/target/test-classes/scenarios/a.yaml", "scenario: a\n"))).isEqualTo(source);
        assertThat(SourcePaths.of(write("module/build/resources/test/scenarios/a.yaml", "scenario: a\n"))).isEqualTo(source);
        Path main = write("module/src/main/resources/b.yaml", "scenario: b\n");
        assertThat(SourcePaths.of(write("module/target/classes/b.yaml", "scenario: b\n"))).isEqualTo(main);
    }

    @Test
    void aCopyThatDiffersFromItsSourceOrHasNoneKeepsItsOwnPath() throws Exception {
        write("module/src/test/resources/filtered.yaml", "scenario: ${name}\n");
        Path filtered = write("module/target/test-classes/filtered.yaml", "scenario: billing\n");
        Path alone = write("module/target/test-classes/generated.yaml", "scenario: g\n");
        Path elsewhere = write("scenarios/c.yaml", "scenario: c\n");
        assertThat(SourcePaths.of(filtered)).isEqualTo(filtered);
        assertThat(SourcePaths.of(alone)).isEqualTo(alone);
        assertThat(SourcePaths.of(elsewhere)).isEqualTo(elsewhere);
    }

    @Test
    void aFailureOfAScenarioFoundOnTheClasspathNamesItsSourceFile() throws Exception {
        String yaml = """
                scenario: Copied by the build
                steps:
                  - assert: [ "1 == 2" ]
                """;
        Path source = write("module/src/test/resources/checks/fails.yaml", yaml);
        Path classes = write("module/target/test-classes/checks/fails.yaml", yaml).getParent().getParent();
        Throwable failure = EngineTestKit.engine(Ids.ENGINE).selectors(selectClasspathRoots(java.util.Set.of(classes)).get(0))
                .execute().testEvents().failed().list().get(0).getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertThat(failure.getMessage()).startsWith(source + ":3:5: ").doesNotContain("test-classes");
    }
}
