package io.crosscheck.engine.expr;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
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

    // built explicitly, so that JsonPath's global defaults are never touched; once per JVM, as it is immutable and
    // building it was a third of an expression engine's set-up
    private static final Configuration JSON_PATH = Configuration.builder()
            .jsonProvider(new JacksonJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .build();

    Object read(String path, Object root, Scope scope, Function<Scope, Object> evaluateInScope) {
        String p = path.trim();
        if (p.startsWith("$")) return jsonPath(p, root);
        if (!PLAIN.matcher(p).matches()) return evaluateInScope.apply(scope.child(layer(root)));
        Matcher first = FIRST.matcher(p);
        first.lookingAt();
        String name = first.group();
        // the commonest path reads into the result itself (status, body.id, count): from its entry, with no layer
        // copied; the key is then a string matched exactly, as at every later segment (a sorted map may match
        // otherwise, so it takes the layer)
        if (root instanceof Map<?, ?> map && !(root instanceof SortedMap<?, ?>) && map.containsKey(name)) {
            return walk(p, first.end(), map.get(name));
        }
        Scope inner = scope.child(layer(root));
        return inner.has(name) ? walk(p, first.end(), inner.get(name)) : ExpressionEngine.MISSING;
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

    /** The segments of {@code path} after its first name (which ends at {@code at}), from that name's value. */
    private static Object walk(String path, int at, Object current) {
        Matcher m = SEGMENT.matcher(path);
        while (at < path.length() && m.find(at) && m.start() == at) {
            current = step(current, m);
            if (current == ExpressionEngine.MISSING) return current;
            at = m.end();
        }
        return current;
    }

    private static Object step(Object current, Matcher m) {
        if (m.group(2) != null) {
            if (!Values.isList(current)) return ExpressionEngine.MISSING;
            List<Object> items = Lists.of(current);
            int index = Integer.parseInt(m.group(2));
            if (index < 0) index += items.size();
            return index >= 0 && index < items.size() ? items.get(index) : ExpressionEngine.MISSING;
        }
        String key = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
        if (current instanceof Map<?, ?> map && map.containsKey(key)) return map.get(key);
        return ExpressionEngine.MISSING;
    }
}
