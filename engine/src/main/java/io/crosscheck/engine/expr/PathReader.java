package io.crosscheck.engine.expr;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a path over a step's result. {@code $...} is JSONPath (Jayway); a plain path such as
 * {@code body.items[0].id}, {@code rows[-1]['the name']} or {@code headers.Content-Type} is walked directly so that
 * an absent key or index is {@link ExpressionEngine#MISSING} rather than an error; anything else is an expression.
 */
final class PathReader {
    private static final Pattern PLAIN = Pattern.compile(
            "[A-Za-z_][\\w$]*(?:\\.[A-Za-z_$][\\w$-]*|\\[-?\\d+]|\\['[^']*']|\\[\"[^\"]*\"])*");
    private static final Pattern SEGMENT = Pattern.compile(
            "\\.([A-Za-z_$][\\w$-]*)|\\[(-?\\d+)]|\\['([^']*)']|\\[\"([^\"]*)\"]");
    private static final Pattern FIRST = Pattern.compile("[A-Za-z_][\\w$]*");
    private static final ParseCache<Plain> PLAIN_PATHS = new ParseCache<>();
    /** Cached for a text that is no plain path. */
    private static final Plain NOT_PLAIN = new Plain("", new Object[0]);

    // built explicitly, so that JsonPath's global defaults are never touched; once per JVM, as it is immutable and
    // building it was a third of an expression engine's set-up
    private static final Configuration JSON_PATH = Configuration.builder()
            .jsonProvider(new JacksonJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .build();

    Object read(String path, Object root, Scope scope, BiFunction<String, Scope, Object> evaluate) {
        String p = path.trim();
        if (p.startsWith("$")) return jsonPath(p, root);
        Plain plain = plain(p);
        if (plain == null) return evaluate.apply(path, scope.child(layer(root)));
        // the commonest path reads into the result itself (status, body.id, count): from its entry, with no layer
        // copied; the key is then a string matched exactly, as at every later segment (a sorted map may match
        // otherwise, so it takes the layer)
        if (root instanceof Map<?, ?> map && !(root instanceof SortedMap<?, ?>) && map.containsKey(plain.first())) {
            return plain.walk(map.get(plain.first()));
        }
        Scope inner = scope.child(layer(root));
        return inner.has(plain.first()) ? plain.walk(inner.get(plain.first())) : ExpressionEngine.MISSING;
    }

    /** The plain path's parts, parsed once per text: the same few paths are read at every step of a suite. */
    private static Plain plain(String path) {
        Plain plain = PLAIN_PATHS.get(path, text -> Objects.requireNonNullElse(Plain.parse(text), NOT_PLAIN));
        return plain == NOT_PLAIN ? null : plain;
    }

    private Object jsonPath(String path, Object root) {
        try {
            return JsonPath.using(JSON_PATH).parse(root).read(path);
        } catch (PathNotFoundException e) {
            return ExpressionEngine.MISSING;
        } catch (InvalidPathException e) {
            throw new ExpressionException("bad JSONPath " + path + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> layer(Object root) {
        Map<String, Object> vars = new LinkedHashMap<>();
        if (root instanceof Map<?, ?> map) map.forEach((k, v) -> vars.put(String.valueOf(k), v));
        vars.putIfAbsent("result", root);
        return vars;
    }

    /**
     * A plain path: its first name, then each segment a key ({@code String}) or an index ({@code Integer}, negative
     * from the end).
     */
    private record Plain(String first, Object[] segments) {
        static Plain parse(String path) {
            if (!PLAIN.matcher(path).matches()) return null;
            Matcher first = FIRST.matcher(path);
            first.lookingAt();
            List<Object> segments = new ArrayList<>();
            Matcher m = SEGMENT.matcher(path);
            int at = first.end();
            while (at < path.length() && m.find(at) && m.start() == at) {
                if (m.group(2) != null) segments.add(Integer.parseInt(m.group(2)));
                else segments.add(m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4));
                at = m.end();
            }
            return new Plain(first.group(), segments.toArray());
        }

        /** The segments after the first name, from that name's value. */
        Object walk(Object current) {
            for (Object segment : segments) {
                current = segment instanceof Integer index ? item(current, index) : entry(current, (String) segment);
                if (current == ExpressionEngine.MISSING) return current;
            }
            return current;
        }

        private static Object item(Object current, int index) {
            if (!Values.isList(current)) return ExpressionEngine.MISSING;
            List<Object> items = Lists.of(current);
            int i = index < 0 ? index + items.size() : index;
            return i >= 0 && i < items.size() ? items.get(i) : ExpressionEngine.MISSING;
        }

        private static Object entry(Object current, String key) {
            if (current instanceof Map<?, ?> map && map.containsKey(key)) return map.get(key);
            return ExpressionEngine.MISSING;
        }
    }
}
