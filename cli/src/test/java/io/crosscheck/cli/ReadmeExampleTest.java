package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's scenario is a copy of a file that `crosscheck demo` runs, so it cannot go stale. */
class ReadmeExampleTest {
    @Test
    void theReadmeScenarioIsTheDemoScenarioFile() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("## A scenario");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        int end = readme.indexOf("```\n", start);
        String example = readme.substring(start, end);
        assertThat(example).isEqualTo(Files.readString(Path.of("../scenarios/inactive-customers.yaml")));
    }
}
