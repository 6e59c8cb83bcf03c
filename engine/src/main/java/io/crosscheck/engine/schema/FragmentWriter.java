package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.StepHandler;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the schema fragment of each handler a module registers into its classes, so the fragment ships in the
 * module's jar: {@code META-INF/crosscheck/schema/<verb>.schema.json}, or {@code <verb>.<kind>.schema.json}. A
 * handler's config is described by its record when the record carries {@link Doc}. Run by each step module's
 * build after compiling: {@code FragmentWriter target/classes}.
 */
public final class FragmentWriter {
    private static final String SERVICES = "META-INF/services/" + StepHandler.class.getName();

    private FragmentWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path services = classes.resolve(SERVICES);
        if (!Files.exists(services)) return;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String line : Files.readAllLines(services, StandardCharsets.UTF_8)) {
            String name = line.replaceAll("#.*", "").strip();
            if (name.isEmpty()) continue;
            StepHandler<?> handler = (StepHandler<?>) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
            Optional<ObjectNode> fragment = fragment(handler);
            if (fragment.isPresent()) write(classes, handler, fragment.get());
        }
    }

    /** The fragment of a handler whose config record carries {@link Doc}. */
    public static Optional<ObjectNode> fragment(StepHandler<?> handler) {
        Class<?> config = configType(handler.getClass());
        if (config == null || !config.isRecord() || !config.isAnnotationPresent(Doc.class)) return Optional.empty();
        String title = handler.kind() == null ? handler.verb() : handler.verb() + " (" + handler.kind() + ")";
        return Optional.of(ConfigSchema.of(config.asSubclass(Record.class), title));
    }

    /** The {@code C} of {@code StepHandler<C>} as the handler class declares it. */
    static Class<?> configType(Class<?> handler) {
        for (Class<?> c = handler; c != null; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == StepHandler.class
                        && p.getActualTypeArguments()[0] instanceof Class<?> config) {
                    return config;
                }
            }
        }
        return null;
    }

    private static void write(Path classes, StepHandler<?> handler, ObjectNode fragment) throws IOException {
        String name = handler.kind() == null ? handler.verb() : handler.verb() + "." + handler.kind();
        Path file = classes.resolve(SchemaDocuments.FRAGMENTS + name + ".schema.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SchemaJson.print(fragment), StandardCharsets.UTF_8);
    }
}
