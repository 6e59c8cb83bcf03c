package io.crosscheck.engine.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep read-only copies: the run-level setup's values are shared by scenarios running at once, none may change them. */
final class ReadOnly {
    private ReadOnly() {
    }

    static Map<String, Object> map(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), value(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Object value(Object v) {
        if (v instanceof Map<?, ?> m) return map(m);
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(item -> out.add(value(item)));
            return Collections.unmodifiableList(out);
        }
        return v;
    }
}
