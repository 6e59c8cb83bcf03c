package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.Key;
import io.crosscheck.engine.result.Position;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The components of a config record as the binder and the schema generator see them: each is a YAML key, except a
 * {@link Position} component, which the binder fills with where something is written: {@code position} with the
 * map's own position, {@code <key>Position} with that key's value (the map's position when the key is absent).
 */
public final class ConfigComponents {
    private static final String SUFFIX = "Position";

    /*
     * Class.getRecordComponents makes new RecordComponent objects on every call, each parsing its annotations again
     * on its first getAnnotation: read once per type, binding the 10,000th step costs what binding the first did.
     */
    private static final ClassValue<List<RecordComponent>> ALL = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            List<RecordComponent> all = List.of(type.getRecordComponents());
            all.forEach(c -> c.getAnnotation(Key.class)); // reads them all now, while one thread holds the type
            return all;
        }
    };
    private static final ClassValue<List<RecordComponent>> KEYS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return ALL.get(type).stream().filter(c -> !isPosition(c)).toList();
        }
    };
    private static final ClassValue<Map<String, RecordComponent>> BY_KEY = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> byKey = new LinkedHashMap<>();
            for (RecordComponent c : KEYS.get(type)) byKey.put(keyOf(c), c);
            return Collections.unmodifiableMap(byKey);
        }
    };

    private ConfigComponents() {
    }

    /** Every component, in declaration order (unmodifiable). */
    static List<RecordComponent> all(Class<? extends Record> type) {
        return ALL.get(type);
    }

    /** The components that are keys, in declaration order (unmodifiable). */
    public static List<RecordComponent> keys(Class<? extends Record> type) {
        return KEYS.get(type);
    }

    /** The components that are keys by their YAML key, in declaration order (unmodifiable). */
    static Map<String, RecordComponent> byKey(Class<? extends Record> type) {
        return BY_KEY.get(type);
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
