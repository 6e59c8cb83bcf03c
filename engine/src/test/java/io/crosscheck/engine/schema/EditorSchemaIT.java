package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schemas as an editor shows them: yaml-language-server (the engine of VS Code's YAML extension), installed
 * from npm into target/ and run by {@code src/test/editor/editor-check.js}, over the repository's scenarios and
 * over mistakes an editor must flag.
 */
class EditorSchemaIT {
    private static final Path TOOL = Path.of("target/editor-check").toAbsolutePath();
    private static final Path SCHEMAS = Path.of("../schemas").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void install() throws Exception {
        Files.createDirectories(TOOL);
        for (String f : List.of("package.json", "package-lock.json", "editor-check.js")) {
            Files.copy(Path.of("src/test/editor", f), TOOL.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(TOOL.resolve("node_modules/yaml-language-server"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        }
    }

    private static String run(List<String> command, int seconds) throws Exception {
        Path out = Files.createTempFile(dir, "out-", ".txt");
        Process p = new ProcessBuilder(command).directory(TOOL.toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile())).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not end in " + seconds + " s");
        }
        String stderr = Files.exists(dir.resolve("stderr.txt")) ? Files.readString(dir.resolve("stderr.txt")) : "";
        assertThat(p.exitValue()).as(command + ": " + stderr).isZero();
        return Files.readString(out);
    }

    private static JsonNode check(List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "editor-check.js", SCHEMAS.toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        return JSON.readTree(run(command, 120));
    }

    private static Path file(String name, String text) throws IOException {
        Path sub = Files.createDirectories(dir.resolve(name.replace('/', '_') + "-" + System.nanoTime()));
        return Files.writeString(sub.resolve(name), text);
    }

    @Test
    void everyScenarioOfTheRepositoryShowsNoProblemAndEveryHoverIsItsOwn() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("../scenarios"))) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        JsonNode result = check(files);
        assertThat(result).hasSize(files.size());
        Map<String, String> headings = new TreeMap<>();
        for (JsonNode f : result) {
            assertThat(f.get("problems")).as(f.get("file").asText()).isEmpty();
            for (JsonNode h : f.get("hovers")) {
                List<String> examples = new ArrayList<>();
                h.get("examples").forEach(e -> examples.add(e.asText()));
                assertThat(new HashSet<>(examples)).as("examples of " + h.get("key") + " in " + f.get("file")).hasSameSizeAs(examples);
                headings.put(h.get("key").asText(), h.get("heading").asText());
            }
        }
        assertThat(headings).containsEntry("expect", "expect").containsEntry("status", "a path: its matcher")
                .containsEntry("main", "a Kafka cluster").containsEntry("demo", "an environment");
    }

    @Test
    void theEditorFlagsWhatValidateRefuses() throws Exception {
        JsonNode result = check(List.of(
                file("tags.yaml", "scenario: x\ntags: 42\nsteps:\n  - assert: [ \"1 == 1\" ]\n"),
                file("crosscheck.yaml", """
                        environments:
                          local:
                            kafak: { main: { bootstrap.servers: 127.0.0.1:9092 } }
                            sql:
                              billing: { url: "jdbc:h2:mem:x", pasword: s3cret, dataSource.sslmode: disable }
                        """)));
        assertThat(result.get(0).get("problems").findValuesAsText("line")).containsExactly("2");
        assertThat(result.get(1).get("problems").findValuesAsText("line")).containsExactlyInAnyOrder("3", "5");
    }
}
