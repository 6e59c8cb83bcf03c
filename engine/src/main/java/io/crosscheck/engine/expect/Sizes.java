package io.crosscheck.engine.expect;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/** The size of a list (items), map (entries) or text (characters); null for values without one. */
final class Sizes {

    private Sizes() {
    }

    static Integer of(Object value) {
        if (value instanceof Collection<?> c) return c.size();
        if (value instanceof Map<?, ?> m) return m.size();
        if (value instanceof CharSequence s) return s.length();
        if (value != null && value.getClass().isArray()) return Array.getLength(value);
        return null;
    }
}
