package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.Default;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import java.util.List;
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
