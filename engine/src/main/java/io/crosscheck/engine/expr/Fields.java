package io.crosscheck.engine.expr;

import java.util.Map;

/** Reads a named field of an item: a key, else a dotted path through nested maps ({@code 'address.city'}). */
final class Fields {

    private Fields() {
    }

    /** The field's value; null when the item is not a map or the field is absent. */
    static Object get(Object item, String field) {
        if (!(item instanceof Map<?, ?> map)) return null;
        if (map.containsKey(field)) return map.get(field);
        Object current = item;
        for (String part : field.split("\\.", -1)) {
            if (!(current instanceof Map<?, ?> m) || !m.containsKey(part)) return null;
            current = m.get(part);
        }
        return current;
    }
}
