package io.crosscheck.steps.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every YAML block of the README is a valid config, scenario or step: the documentation cannot drift from the code. */
class ReadmeExamplesTest {
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyExampleOfTheReadmeValidates() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(Files.readString(Path.of("README.md")));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        int steps = 0;
        for (String block : blocks) {
            if (block.startsWith("environments:")) {
                Files.writeString(dir.resolve("crosscheck.yaml"), block);
            } else if (block.startsWith("scenario:")) {
                Files.writeString(dir.resolve("scenario.yaml"), block);
            } else {
                steps++;
                Files.writeString(dir.resolve("step" + steps + ".yaml"), "scenario: step " + steps + "\n"
                        + "vars: { meterId: m-1, since: 0, threshold: 900, region: north }\n"
                        + "steps:\n" + block.indent(2));
            }
        }
        assertThat(steps).as("the cql, scan and balance examples").isEqualTo(3);
        List<Problem> problems = Crosscheck.validate(RunOptions.of(dir));
        assertThat(problems).extracting(Problem::format).isEmpty();
        assertThat(Crosscheck.prepare(RunOptions.of(dir)).plan()).isNotNull();
    }
}
