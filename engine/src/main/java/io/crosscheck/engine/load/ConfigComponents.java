package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.Key;
import io.crosscheck.engine.spi.step.OtherKeys;
import io.crosscheck.engine.result.Position;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The components of a config record as the binder and the schema generator see them: each is a YAML key, except a
 * {@link Position} component, which the binder fills with where something is written: {@code position} with the
 * map's own position, {@code <key>Position} with that key's value (the map's position when the key is absent),
 * and an {@link OtherKeys} component, which takes the keys no component names.
 */
public final class ConfigComponents {
    private static final String SUFFIX = "Position";

    private ConfigComponents() {
    }

    /** The components that are keys, in declaration order. */
    public static List<RecordComponent> keys(Class<? extends Record> type) {
        return List.copyOf(RecordShape.of(type).byKey().values());
    }

    /** The {@link OtherKeys} components, in declaration order. */
    public static List<RecordComponent> others(Class<? extends Record> type) {
        return List.copyOf(RecordShape.of(type).others().keySet());
    }

    static boolean isOthers(RecordComponent c) {
        return c.isAnnotationPresent(OtherKeys.class);
    }

    /** The keys an {@link OtherKeys} component takes by name. */
    public static Set<String> names(RecordComponent c) {
        try {
            var names = c.getAnnotation(OtherKeys.class).names().getDeclaredConstructor();
            names.setAccessible(true); // a module's own class, like its config records
            return Set.copyOf(names.newInstance().get());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c.getDeclaringRecord().getName() + "." + c.getName() + ": cannot list its names", e);
        }
    }

    /** Which keys an {@link OtherKeys} component takes, given the names it takes: those, its pattern's, or all. */
    static Predicate<String> takes(RecordComponent c, Set<String> names) {
        String pattern = c.getAnnotation(OtherKeys.class).pattern();
        if (pattern.isEmpty()) return names.isEmpty() ? key -> true : names::contains;
        Pattern compiled = Pattern.compile(pattern);
        return key -> names.contains(key) || compiled.matcher(key).lookingAt();
    }

    /** The YAML key of a component: its {@link Key}, else its name. */
    public static String keyOf(RecordComponent c) {
        Key key = c.getAnnotation(Key.class);
        return key != null ? key.value() : c.getName();
    }

    static boolean isPosition(RecordComponent c) {
        return c.getType() == Position.class;
    }

    /** The key whose position a position component takes; empty for the map's own ({@code position}). */
    static String positionOf(RecordComponent c) {
        String name = c.getName();
        if (name.equals("position")) return "";
        if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
            throw new IllegalStateException(c.getDeclaringRecord().getName() + "." + name
                    + ": a Position component is named position or <key>Position");
        }
        return name.substring(0, name.length() - SUFFIX.length());
    }
}
