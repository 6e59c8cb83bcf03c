package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Required;
import io.crosscheck.engine.spi.step.StepContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An evidence kind is described by its config record too: its fragment is the schema of its key in an evidence entry. */
class EvidenceFragmentTest {
    @Doc("Lines of a log file.")
    record LogFile(@Required @Doc(value = "The file.", shape = "name") String path, Integer tail) {
    }

    static final class LogFileSource implements EvidenceSource<LogFile> {
        @Override
        public String kind() {
            return "logfile";
        }

        @Override
        public LogFile parse(ConfigNode node, Problems problems) {
            return node.bind(LogFile.class, problems);
        }

        @Override
        public List<Map<String, Object>> read(LogFile config, StepContext ctx, int limit) {
            return List.of();
        }
    }

    @Test
    void theBuildWritesTheFragmentOfEachRegisteredEvidenceKind(@TempDir Path classes) throws Exception {
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve(EvidenceSource.class.getName()), LogFileSource.class.getName() + "\n");
        FragmentWriter.main(new String[] {classes.toString()});
        Path written = classes.resolve("META-INF/crosscheck/schema/evidence.logfile.schema.json");
        assertThat(new ObjectMapper().readTree(written.toFile())).isEqualTo(new ObjectMapper().readTree("""
                {"title": "logfile", "description": "Lines of a log file.", "type": "object", "required": ["path"],
                 "additionalProperties": false,
                 "properties": {
                   "path": {"description": "The file.", "allOf": [{"$ref": "#/$defs/name"}]},
                   "tail": {"title": "tail", "type": "integer"}}}"""));
    }

    @Test
    void aKindWithoutAFragmentTakesAnyMapRightAfterTheEntrysName() {
        var schema = SchemaValidator.config(Map.of("logfile", new LogFileSource()), Map.of()).schema();
        var entry = schema.get("properties").get("evidence").get("items").get("properties");
        assertThat(entry.fieldNames()).toIterable().startsWith("name", "logfile");
        assertThat(entry.get("logfile").get("type").asText()).isEqualTo("object");
        String yaml = "evidence:\n  - { name: logs, logfile: { anything: 1 }, fields: { time: t, message: m } }\n";
        assertThat(SchemaValidator.config(Map.of("logfile", new LogFileSource()), Map.of())
                .messages(Documents.load("crosscheck.yaml", yaml).get(0))).isEmpty();
    }
}
