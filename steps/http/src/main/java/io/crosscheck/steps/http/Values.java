package io.crosscheck.steps.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rendered maps of headers, query parameters and form fields as text; a null value is left out, never sent empty. */
final class Values {
    private Values() {
    }

    /** A map key of the call that was written: the binder gives an absent one as an empty map. */
    static boolean given(Map<String, Object> map) {
        return map != null && !map.isEmpty();
    }

    static Map<String, String> present(Object rendered) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rendered instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v != null) out.put(String.valueOf(k), String.valueOf(v));
            });
        }
        return out;
    }
}
