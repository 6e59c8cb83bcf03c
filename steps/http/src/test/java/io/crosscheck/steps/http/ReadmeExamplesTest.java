package io.crosscheck.steps.http;

import io.crosscheck.steps.testkit.ReadmeExamples;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's YAML examples are valid: its crosscheck.yaml, scenarios and steps validate with the files they name. */
class ReadmeExamplesTest {
    @TempDir
    Path dir;

    @Test
    void everyConfigScenarioAndStepExampleValidates() throws Exception {
        for (String file : List.of("data/order.json", "data/meter.png", "certs/ca.pem", "certs/client.pem", "certs/client-key.pem")) {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), "x");
        }
        int configs = 0;
        int scenarios = 0;
        int steps = 0;
        for (String block : ReadmeExamples.yamlBlocks(Path.of("README.md"))) {
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
