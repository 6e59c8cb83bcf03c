package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.Default;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.engine.spi.step.OtherKeys;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A section described by a settings record: its schema, and the definitions it brings along. */
class SectionSchemaTest {
    @Doc("Settings of a test verb.")
    record Settings(
            @Doc(value = "Whether to retry; default false.", shape = "booleanOrTemplate") @Default("false") Object retry,
            @Doc(value = "A limit.", shape = "duration") String timeout,
            @Doc("Where to go.") String target) {
    }

    @Test
    void theSchemaOfASettingsSectionIsItsRecordsAndCarriesTheShapesCrosscheckYamlLacks() {
        ObjectNode schema = SectionSchema.of(EnvironmentSection.ofSettings("probe", Settings.class)).orElseThrow();
        assertThat(schema.path("title").asText()).isEqualTo("probe");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(List.copyOf(iterable(schema.path("properties").fieldNames()))).containsExactly("retry", "timeout", "target");
        assertThat(schema.at("/properties/retry/default").asBoolean(true)).isFalse();
        // booleanOrTemplate names template; duration is crosscheck.yaml's own and stays out
        assertThat(List.copyOf(iterable(schema.path("$defs").fieldNames()))).containsExactlyInAnyOrder("booleanOrTemplate", "template");
    }

    @Doc(title = "a probe server", value = "One probe server.", examples = "{\"url\": \"http://127.0.0.1:1\"}")
    record Probe(
            @io.crosscheck.engine.spi.step.Required @Doc(value = "Where it listens.", shape = "scalar") Object url,
            @OtherKeys(names = Tunables.class) @Doc(value = "A tunable of the client.", shape = "scalar") Map<String, Object> tunables,
            @OtherKeys(pattern = "header\\.") @Doc("A header of every request.") Map<String, String> headers) {
    }

    static final class Tunables implements Supplier<Set<String>> {
        @Override
        public Set<String> get() {
            return Set.of("retries", "backoff");
        }
    }

    @Test
    void aSectionOfConnectionsDefinesOneConnectionByItsRecordWithTheOtherKeysItTakes() {
        ObjectNode schema = SectionSchema.of(EnvironmentSection.ofConnections("probe", Probe.class)).orElseThrow();
        assertThat(schema.at("/additionalProperties/$ref").asText()).isEqualTo("#/$defs/probeConnection");
        assertThat(schema.at("/examples/0/main/url").asText()).isEqualTo("http://127.0.0.1:1");
        JsonNode one = schema.at("/$defs/probeConnection");
        assertThat(one.path("title").asText()).isEqualTo("a probe server");
        assertThat(one.at("/required/0").asText()).isEqualTo("url");
        assertThat(List.copyOf(iterable(one.path("properties").fieldNames()))).containsExactly("url", "backoff", "retries");
        assertThat(one.at("/properties/retries/description").asText()).isEqualTo("A tunable of the client.");
        assertThat(one.at("/patternProperties/^(?:header\\.)/type").asText()).isEqualTo("string");
        assertThat(one.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void aSectionWithoutASettingsRecordHasNoGeneratedSchema() {
        assertThat(SectionSchema.of(EnvironmentSection.ofSettings("probe"))).isEmpty();
        assertThat(SectionSchema.of(EnvironmentSection.ofConnections("probe"))).isEmpty();
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
