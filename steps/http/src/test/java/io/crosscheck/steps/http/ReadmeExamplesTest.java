package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's YAML examples are valid: its crosscheck.yaml, scenarios and steps validate with the files they name. */
class ReadmeExamplesTest {
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    private static List<String> yamlBlocks() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> blocks = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(readme);
        while (m.find()) blocks.add(m.group(1));
        return blocks;
    }

    @Test
    void everyConfigScenarioAndStepExampleValidates() throws Exception {
        for (String file : List.of("data/order.json", "data/meter.png", "certs/ca.pem", "certs/client.pem", "certs/client-key.pem")) {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), "x");
        }
        int configs = 0;
        int scenarios = 0;
        int steps = 0;
        for (String block : yamlBlocks()) {
            if (block.startsWith("# crosscheck.yaml")) {
                Files.writeString(dir.resolve("crosscheck.yaml"), block);
                configs++;
            } else if (block.startsWith("scenario:")) {
                Files.writeString(dir.resolve("scenario" + scenarios++ + ".yaml"), block);
            } else if (block.startsWith("- call:")) {
                Files.writeString(dir.resolve("step" + steps++ + ".yaml"), "scenario: step\nsteps:\n" + block.indent(2));
            }
        }
        assertThat(configs).isEqualTo(1);
        assertThat(scenarios).isGreaterThanOrEqualTo(2);
        assertThat(steps).isGreaterThanOrEqualTo(10);
        assertThat(Crosscheck.validate(RunOptions.of(dir))).isEmpty();
    }

    @Test
    void everyKeyOfACallIsInTheTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (var component : CallConfig.class.getRecordComponents()) {
            assertThat(readme).as(component.getName()).contains("| `" + component.getName() + "` |");
        }
    }
}
