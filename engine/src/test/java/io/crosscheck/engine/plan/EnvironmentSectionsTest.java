package io.crosscheck.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.load.SourceFiles;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.Problem;
import io.crosscheck.engine.spi.step.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sections of an environment are the ones the step modules declare, checked by the shape each declares. */
class EnvironmentSectionsTest {
    private static final Map<String, EnvironmentSection> DECLARED = Map.of(
            "store", EnvironmentSection.ofConnections("store"), "web", EnvironmentSection.ofSettings("web"));

    @TempDir
    Path dir;

    private List<String> problems(String yaml) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), yaml);
        Problems problems = new Problems();
        ConfigLoader.load(dir, new SourceFiles(), DECLARED, problems);
        return problems.list().stream().map(ProblemLines::inFile).toList();
    }


    @Test
    void aSectionALetterAwayFromADeclaredOneIsATypo() throws IOException {
        assertThat(problems("environments:\n  local:\n    stroe: { main: { url: x } }\n    vras: { a: 1 }\n")).containsExactly(
                "crosscheck.yaml:3:5 unknown key 'stroe' in environment 'local' | did you mean 'store'?",
                "crosscheck.yaml:4:5 unknown key 'vras' in environment 'local' | did you mean 'vars'?");
    }

    @Test
    void eachConnectionOfADeclaredSectionOfConnectionsIsAMap() throws IOException {
        assertThat(problems("environments:\n  local:\n    store:\n      main: 5\n    web: { baseUrl: x }\n")).containsExactly(
                "crosscheck.yaml:4:13 connection 'main' must be a map of properties");
    }

    @Test
    void aSectionNoModuleDeclaresIsAPluginsAndTakesAnyMap() throws IOException {
        assertThat(problems("environments:\n  local:\n    couchdb: { main: 5 }\n")).isEmpty();
    }

    @Test
    void aDeclaredSectionWrittenAtTheTopIsSaidToBelongInAnEnvironment() throws IOException {
        assertThat(problems("store: { main: { url: x } }\n")).containsExactly("crosscheck.yaml:1:1 unknown key 'store' in"
                + " crosscheck.yaml | 'store' is a section of an environment: write it under environments.NAME");
    }
}
