package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.Choices;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Exclusive;
import io.crosscheck.engine.spi.step.Forms;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Required;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import io.crosscheck.engine.spi.step.Together;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Choices, forms and the rules across keys: what the binder refuses, the schema refuses at the same place. */
class KeyRulesAndFormsTest {
    @Doc("A file to send.")
    record Attachment(@Required String file) {
    }

    @Doc("One scheme.")
    @Exclusive(value = {"token", "user"}, says = "login takes one of token, user", atMap = true, required = true)
    record Login(String token, String user) {
    }

    @Doc("A message sent somewhere.")
    @Exclusive(value = {"text", "parts"}, says = "a send has at most one of text, parts", atMap = true)
    @Together(value = "cert key", says = "send needs cert and key together")
    record Send(@Choices({"FAST", "SLOW"}) String mode,
                @Forms({String.class, Attachment.class}) Object text,
                @Forms({String.class, Void.class, Attachment.class}) Map<String, Object> parts,
                Login login, String cert, String key) {
    }

    static final class SendHandler implements StepHandler<Send> {
        @Override
        public String verb() {
            return "send";
        }

        @Override
        public Parsed<Send> parse(ConfigNode node, Problems problems) {
            Send send = node.bind(Send.class, problems);
            return send == null ? null : Parsed.of(send);
        }

        @Override
        public StepResult execute(Send config, StepContext ctx) {
            return StepResult.of(Map.of());
        }
    }

    private static ObjectNode schema() {
        ObjectNode core = SchemaDocuments.core(SchemaDocuments.SCENARIO);
        ((ObjectNode) core.get("$defs")).set("send", FragmentWriter.fragment(new SendHandler()).orElseThrow());
        ObjectNode step = (ObjectNode) core.get("$defs").get("step");
        ((ObjectNode) step.get("properties")).putObject("send").put("$ref", "#/$defs/send");
        ((ArrayNode) step.get("oneOf")).addObject().putArray("required").add("send");
        return core;
    }

    private static List<String> binder(String send) {
        Problems problems = new Problems();
        ConfigNode node = Documents.one(yaml(send)).get("steps").orElseThrow().items().get(0).get("send").orElseThrow();
        Parsed<Send> parsed = new SendHandler().parse(node, problems);
        Send bound = parsed == null ? null : parsed.config();
        assertThat(bound == null).isEqualTo(!problems.isEmpty());
        return problems.list().stream().map(p -> p.position() + ": " + p.message()).toList();
    }

    private static List<String> schema(String send) {
        return SchemaValidator.of(schema()).messages(Documents.one(yaml(send)));
    }

    private static String yaml(String send) {
        return "scenario: x\nsteps:\n  - send: " + send + "\n";
    }

    @Test
    void aChoiceIsTakenInAnyCaseOrAsATemplate() {
        for (String fine : List.of("{ mode: fast }", "{ mode: SLOW }", "{ mode: \"${m}\" }")) {
            assertThat(binder(fine)).as(fine).isEmpty();
            assertThat(schema(fine)).as(fine).isEmpty();
        }
        assertThat(binder("{ mode: SOON }")).containsExactly("s.yaml:3:19: unknown value 'SOON'");
        assertThat(schema("{ mode: SOON }")).containsExactly(
                "s.yaml:3:19: expected one of FAST, SLOW or a ${...} template, got 'SOON'");
    }

    @Test
    void aValueOfFormsIsTextNothingOrItsRecordAndNamesTheFormsOtherwise() {
        for (String fine : List.of("{ text: hi }", "{ text: { file: a.txt } }", "{ parts: { a: b, c: null, d: { file: x } } }")) {
            assertThat(binder(fine)).as(fine).isEmpty();
            assertThat(schema(fine)).as(fine).isEmpty();
        }
        assertThat(binder("{ text: [a] }")).containsExactly("s.yaml:3:19: expected text or a map with keys file, got a list");
        assertThat(schema("{ text: [a] }")).isEqualTo(binder("{ text: [a] }"));
        assertThat(binder("{ parts: { d: { fil: x } } }")).containsExactly(
                "s.yaml:3:27: unknown key 'fil'", "s.yaml:3:25: missing key 'file'");
        assertThat(schema("{ parts: { d: { fil: x } } }")).extracting(m -> m.substring(0, 12)).contains("s.yaml:3:25:");
    }

    @Test
    void exclusiveKeysAtTheMapAndOneThatMustBePresent() {
        assertThat(binder("{ mode: fast, text: a, parts: {} }")).containsExactly("s.yaml:3:11: a send has at most one of text, parts");
        assertThat(schema("{ mode: fast, text: a, parts: {} }")).isEqualTo(binder("{ mode: fast, text: a, parts: {} }"));
        assertThat(binder("{ login: { token: t, user: u } }")).containsExactly("s.yaml:3:20: login takes one of token, user");
        assertThat(binder("{ login: {} }")).containsExactly("s.yaml:3:20: login takes one of token, user");
        assertThat(schema("{ login: { token: t, user: u } }")).isEqualTo(binder("{ login: { token: t, user: u } }"));
        assertThat(schema("{ login: {} }")).containsExactly("s.yaml:3:20: login needs one of: token, user");
    }

    @Test
    void keysWrittenTogetherOrNotAtAll() {
        assertThat(binder("{ cert: c.pem, key: k.pem }")).isEmpty();
        assertThat(binder("{ key: k.pem }")).containsExactly("s.yaml:3:11: send needs cert and key together");
        assertThat(schema("{ key: k.pem }")).isEqualTo(binder("{ key: k.pem }"));
        assertThat(schema("{ cert: c.pem, key: k.pem }")).isEmpty();
    }
}
