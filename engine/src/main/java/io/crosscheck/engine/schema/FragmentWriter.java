package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.spi.step.StepHandler;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the schema fragment of each handler a module registers into its classes, so the fragment ships in the
 * module's jar: {@code META-INF/crosscheck/schema/<verb>.schema.json}, or {@code <verb>.<kind>.schema.json}, and of
 * each evidence kind: {@code evidence.<kind>.schema.json}, and of each environment section described by a settings
 * record: {@code section.<name>.schema.json}. A config is described by its record when the record
 * carries {@link Doc}. Run by each step module's
 * build after compiling: {@code FragmentWriter target/classes}.
 */
public final class FragmentWriter {
    private FragmentWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        for (Object service : services(classes, StepHandler.class)) {
            StepHandler<?> handler = (StepHandler<?>) service;
            Optional<ObjectNode> fragment = fragment(handler);
            String name = handler.kind() == null ? handler.verb() : handler.verb() + "." + handler.kind();
            if (fragment.isPresent()) write(classes, name, fragment.get());
            Optional<ObjectNode> section = SectionSchema.of(handler.section());
            if (section.isPresent()) write(classes, SectionMerger.SECTION + handler.section().name(), section.get());
        }
        for (Object service : services(classes, EvidenceSource.class)) {
            EvidenceSource<?> source = (EvidenceSource<?>) service;
            Optional<ObjectNode> fragment = fragment(source);
            if (fragment.isPresent()) write(classes, SchemaDocuments.EVIDENCE + source.kind(), fragment.get());
        }
    }

    /** The services of one interface a module registers, instantiated. */
    private static List<Object> services(Path classes, Class<?> service) throws Exception {
        Path file = classes.resolve("META-INF/services/" + service.getName());
        List<Object> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String name = line.replaceAll("#.*", "").strip();
            if (!name.isEmpty()) out.add(Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
        return out;
    }

    /** The fragment of a handler whose config record carries {@link Doc}. */
    public static Optional<ObjectNode> fragment(StepHandler<?> handler) {
        String title = handler.kind() == null ? handler.verb() : handler.verb() + " (" + handler.kind() + ")";
        return fragment(configType(handler.getClass(), StepHandler.class), title);
    }

    /** The fragment of an evidence kind whose config record carries {@link Doc}: the schema of its key's value. */
    public static Optional<ObjectNode> fragment(EvidenceSource<?> source) {
        return fragment(configType(source.getClass(), EvidenceSource.class), source.kind());
    }

    private static Optional<ObjectNode> fragment(Class<?> config, String title) {
        if (config == null || !config.isRecord() || !config.isAnnotationPresent(Doc.class)) return Optional.empty();
        return Optional.of(ConfigSchema.of(config.asSubclass(Record.class), title));
    }

    /** The {@code C} of {@code StepHandler<C>} (or another generic SPI type) as the class declares it. */
    static Class<?> configType(Class<?> implementation, Class<?> spi) {
        for (Class<?> c = implementation; c != null; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == spi
                        && p.getActualTypeArguments()[0] instanceof Class<?> config) {
                    return config;
                }
            }
        }
        return null;
    }

    private static void write(Path classes, String name, ObjectNode fragment) throws IOException {
        Path file = classes.resolve(SchemaDocuments.FRAGMENTS + name + ".schema.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SchemaJson.print(fragment), StandardCharsets.UTF_8);
    }
}
