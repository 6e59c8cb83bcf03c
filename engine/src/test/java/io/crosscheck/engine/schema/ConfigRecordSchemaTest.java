package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.plan.StepRegistry;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Default;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import io.crosscheck.engine.steps.AssertHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema fragment of a config record says what the binder checks, and the merged schema checks it the same way. */
class ConfigRecordSchemaTest {
    @Doc(value = "Says a text back.", examples = "{\"text\": \"hi\"}")
    record Say(@Required @Doc(value = "What to say.", examples = "hi") String text,
               @Range(min = 1, max = 5) @Default("1") @Doc("How often (default 1).") int times,
               @Range(min = 0) Object pause,
               @Doc(value = "How long to wait first.", shape = "duration") Duration delay,
               Position textPosition) {
    }

    static final class SayHandler implements StepHandler<Say> {
        @Override
        public String verb() {
            return "say";
        }

        @Override
        public Parsed<Say> parse(ConfigNode node, Problems problems) {
            Say say = node.bind(Say.class, problems);
            return say == null ? null : Parsed.of(say);
        }

        @Override
        public StepResult execute(Say config, StepContext ctx) {
            return StepResult.of(Map.of("said", config.text()));
        }
    }

    @Test
    void aRecordsFragmentHoldsItsKeysRequiredBoundsDefaultsAndDocs() throws Exception {
        ObjectNode fragment = FragmentWriter.fragment(new SayHandler()).orElseThrow();
        assertThat(new ObjectMapper().readTree(SchemaJson.print(fragment))).isEqualTo(new ObjectMapper().readTree("""
                {"title": "say", "description": "Says a text back.", "type": "object", "required": ["text"],
                 "additionalProperties": false,
                 "properties": {
                   "text": {"description": "What to say.", "title": "text", "type": "string", "examples": ["hi"]},
                   "times": {"description": "How often (default 1).", "title": "times", "type": "integer",
                             "minimum": 1, "maximum": 5, "default": 1},
                   "pause": {"title": "a whole number (0 or more) or a ${...} template",
                             "anyOf": [{"type": "integer", "minimum": 0}, {"$ref": "#/$defs/template"}]},
                   "delay": {"description": "How long to wait first.", "allOf": [{"$ref": "#/$defs/duration"}]}},
                 "examples": [{"text": "hi"}]}"""));
    }

    @Test
    void aHandlerWhoseRecordHasNoDocShipsNoGeneratedFragment() {
        assertThat(FragmentWriter.fragment(new AssertHandler())).isEmpty();
    }

    @Test
    void theBuildWritesTheFragmentOfEachRegisteredHandlerWhereTheMergerReadsIt(@TempDir Path classes) throws Exception {
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve(StepHandler.class.getName()), "# the module's handlers\n" + SayHandler.class.getName() + "\n");
        FragmentWriter.main(new String[] {classes.toString()});
        Path written = classes.resolve("META-INF/crosscheck/schema/say.schema.json");
        assertThat(Files.readString(written)).isEqualTo(SchemaJson.print(FragmentWriter.fragment(new SayHandler()).orElseThrow()));
    }

    @Test
    void schemaAndBinderSayAValueOutOfRangeInTheSameWords() throws Exception {
        ObjectNode core = SchemaDocuments.core(SchemaDocuments.SCENARIO);
        ((ObjectNode) core.get("$defs")).set("say", FragmentWriter.fragment(new SayHandler()).orElseThrow());
        ObjectNode step = (ObjectNode) core.get("$defs").get("step");
        ((ObjectNode) step.get("properties")).putObject("say").put("$ref", "#/$defs/say");
        ((com.fasterxml.jackson.databind.node.ArrayNode) step.get("oneOf")).addObject().putArray("required").add("say");
        String yaml = "scenario: x\nsteps:\n  - say: { text: hi, times: 9, pause: soon }\n";
        List<String> schema = SchemaValidator.of(core).messages(Documents.one(yaml));
        Problems problems = new Problems();
        new SayHandler().parse(Documents.one(yaml).get("steps").orElseThrow().items().get(0).get("say").orElseThrow(), problems);
        List<String> binder = problems.list().stream().map(p -> p.position() + ": " + p.message()).toList();
        assertThat(schema).containsExactly("s.yaml:3:29: times must be 5 or less, got 9",
                "s.yaml:3:39: expected a whole number (0 or more) or a ${...} template, got 'soon'");
        assertThat(binder).isEqualTo(schema);
        assertThat(StepRegistry.of(List.of(new SayHandler())).verbs()).contains("say");
    }
}
