package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.Key;
import io.crosscheck.engine.result.Position;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The components of a config record as the binder and the schema generator see them: each is a YAML key, except a
 * {@link Position} component, which the binder fills with where something is written: {@code position} with the
 * map's own position, {@code <key>Position} with that key's value (the map's position when the key is absent).
 */
public final class ConfigComponents {
    private static final String SUFFIX = "Position";

    private ConfigComponents() {
    }

    /** The components that are keys, in declaration order. */
    public static List<RecordComponent> keys(Class<? extends Record> type) {
        List<RecordComponent> keys = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) if (!isPosition(c)) keys.add(c);
        return keys;
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
