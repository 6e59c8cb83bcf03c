package io.crosscheck.steps.solr;

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

/** Every scenario and step example of the README validates, so the README cannot drift from the handler. */
class ReadmeExamplesTest {
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyExampleOfTheReadmeIsValid() throws Exception {
        List<String> scenarios = scenarios(Files.readString(Path.of("README.md")));
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(4);
        SolrConnections.project(dir, "logs: { url: \"http://127.0.0.1:9/solr\" }");
        for (int i = 0; i < scenarios.size(); i++) {
            Files.writeString(dir.resolve("example-" + i + ".yaml"), scenarios.get(i));
        }
        assertThat(Crosscheck.validate(RunOptions.of(dir))).isEmpty();
    }

    @Test
    void theLogFlowExampleIsValid() throws Exception {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local:
                    kafka: { main: { bootstrap.servers: "127.0.0.1:9" } }
                    solr: { logs: { url: "http://127.0.0.1:9/solr" } }
                """);
        Files.copy(LogSearchIT.EXAMPLE, dir.resolve("log-search.yaml"));
        assertThat(Crosscheck.validate(RunOptions.of(dir))).isEmpty();
    }

    /** Whole scenarios as they are; step lists and setup/teardown fragments wrapped into one. */
    private static List<String> scenarios(String readme) {
        List<String> out = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(readme);
        while (m.find()) {
            String block = m.group(1).stripTrailing().stripIndent() + "\n";
            if (block.startsWith("scenario:")) {
                out.add(block);
            } else if (block.startsWith("- ")) {
                out.add("scenario: example\nvars: { traceId: x }\nsteps:\n" + block.indent(2));
            } else if (block.startsWith("setup:")) {
                out.add("scenario: example\nvars: { traceId: x }\nsteps: [{ assert: ['true'] }]\n" + block);
            }
        }
        return out;
    }
}
