package io.crosscheck.steps.sql;

import io.crosscheck.steps.testkit.ReadmeExamples;
import io.crosscheck.steps.testkit.StepTestKit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.steps.testkit.FakeStepContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's YAML examples are valid: its scenarios and steps validate, its datasource is split as it says. */
class ReadmeExamplesTest {
    @TempDir
    Path dir;

    @Test
    void everyScenarioAndStepExampleValidates() throws Exception {
        // the scenarios go with the README's crosscheck.yaml (one datasource); the steps name theirs
        StepTestKit scenarios = Datasources.project(dir.resolve("scenarios"), Map.of("profile", "jdbc:h2:mem:a"));
        Map<String, String> ds = new LinkedHashMap<>();
        ds.put("profile", "jdbc:h2:mem:a");
        ds.put("billing", "jdbc:h2:mem:b");
        ds.put("usage", "jdbc:h2:mem:c");
        StepTestKit steps = Datasources.project(dir.resolve("steps"), ds);
        int n = 0;
        for (String block : ReadmeExamples.yamlBlocks(Path.of("README.md"))) {
            if (block.startsWith("scenario:")) {
                scenarios.file("example" + (n++) + ".yaml", block);
            } else if (block.startsWith("- query:")) {
                steps.file("example" + (n++) + ".yaml", "scenario: step\nsteps:\n" + block.indent(2));
            }
        }
        assertThat(n).isGreaterThanOrEqualTo(2);
        assertThat(Crosscheck.validate(RunOptions.of(scenarios.dir()))).isEmpty();
        assertThat(Crosscheck.validate(RunOptions.of(steps.dir()))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDatasourceExampleGoesToPoolAndDriverAsDescribed() throws Exception {
        String block = ReadmeExamples.yamlBlocks(Path.of("README.md")).stream().filter(b -> b.startsWith("sql:\n  billing:")).findFirst().orElseThrow();
        Map<String, Object> billing = (Map<String, Object>) ((Map<String, Object>) new Yaml().<Map<String, Object>>load(block)
                .get("sql")).get("billing");
        DatasourceSettings s = DatasourceSettings.from(FakeStepContext.connectionConfig("sql", "billing", billing));
        assertThat(s.poolSize()).isEqualTo(4);
        assertThat(s.driverClassName()).isEqualTo("com.example.jdbc.Driver");
        assertThat(s.pool()).containsEntry("connectionTimeout", "2000")
                .containsEntry("connectionInitSql", "SET search_path TO billing");
        assertThat(s.driver()).containsEntry("user", "app").containsEntry("ApplicationName", "crosscheck")
                .containsEntry("sslmode", "disable").containsKey("password");
    }
}
