package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.StepHandler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds the environment sections the step handlers declare to crosscheck.yaml's schema: each takes the fragment its
 * jar ships ({@code section.<name>.schema.json}, whose own {@code $defs} join the schema's), or an open schema when it
 * ships none. Then the names of all sections, the engine's {@code vars} first, close the environment to their typos:
 * a plugin's section is welcome, but not one a letter away from a known one.
 */
final class SectionMerger {
    static final String SECTION = "section.";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Stands for any one character in a typo; sorts before letters, as {@code .} does. */
    private static final char ANY = '\0';

    private SectionMerger() {
    }

    static ObjectNode merge(ObjectNode core, Map<String, Map<String, StepHandler<?>>> handlers) {
        ObjectNode defs = (ObjectNode) core.get("$defs");
        ObjectNode environment = (ObjectNode) defs.get("environment");
        ObjectNode properties = (ObjectNode) environment.get("properties");
        handlers.values().forEach(kinds -> kinds.values().forEach(handler -> {
            EnvironmentSection section = handler.section();
            if (section == null || properties.has(section.name())) return;
            ObjectNode schema = SchemaDocuments.fragment(handler.getClass().getClassLoader(), SECTION + section.name())
                    .orElseGet(() -> open(section));
            JsonNode own = schema.remove("$defs");
            if (own != null) own.properties().forEach(d -> {
                if (defs.has(d.getKey()) && !defs.get(d.getKey()).equals(d.getValue())) {
                    throw new IllegalStateException("section '" + section.name() + "' defines '" + d.getKey()
                            + "', which crosscheck.yaml's schema defines otherwise");
                }
                defs.set(d.getKey(), d.getValue());
            });
            properties.set(section.name(), schema);
        }));
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        environment.set("propertyNames", typos(names));
        return core;
    }

    private static ObjectNode open(EnvironmentSection section) {
        ObjectNode schema = JSON.objectNode().put("title", section.name());
        if (!section.connections()) return schema.put("type", "object");
        schema.put("description", "The '" + section.name() + "' connections of a plugin, by name (its jar ships no schema).");
        schema.putArray("allOf").addObject().put("$ref", "#/$defs/connections");
        return schema;
    }

    /** Refuses every name one edit (a letter left out, added, changed or two swapped) away from a section's. */
    private static ObjectNode typos(List<String> names) {
        Set<String> near = new TreeSet<>(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        names.forEach(n -> near.addAll(oneEditAway(n)));
        List<String> alternatives = near.stream().map(SectionMerger::regex).toList();
        List<String> exact = names.stream().map(SectionMerger::regex).toList();
        ObjectNode node = JSON.objectNode().put("title", "a section of an environment").put("description",
                "A section names a kind of connection: " + String.join(", ", names) + ", or a plugin's own."
                        + " A name one letter away from a known section is taken for a typo.");
        node.putObject("not").put("pattern", "^(?!(?:" + String.join("|", exact) + ")$)(?:" + String.join("|", alternatives) + ")$");
        return node;
    }

    private static Set<String> oneEditAway(String name) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < name.length(); i++) {
            out.add(name.substring(0, i) + name.substring(i + 1));
            out.add(name.substring(0, i) + ANY + name.substring(i + 1));
            if (i + 1 < name.length() && name.charAt(i) != name.charAt(i + 1)) {
                out.add(name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2));
            }
        }
        for (int i = 0; i <= name.length(); i++) out.add(name.substring(0, i) + ANY + name.substring(i));
        out.remove("");
        return out;
    }

    private static String regex(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == ANY) out.append('.');
            else if (Character.isLetterOrDigit(c) || c == '_') out.append(c);
            else out.append('\\').append(c);
        }
        return out.toString();
    }
}
