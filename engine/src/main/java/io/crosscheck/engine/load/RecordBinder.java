package io.crosscheck.engine.load;

import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.spi.ConfigNode;
import io.crosscheck.engine.spi.Durations;
import io.crosscheck.engine.spi.Key;
import io.crosscheck.engine.spi.Problems;
import io.crosscheck.engine.spi.Required;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a map node onto a record through its components. Supported component types: String, boolean, int, long,
 * double (and boxes), Duration, enums, Object (the plain value, templates kept), ConfigNode (the raw node),
 * Map&lt;String, V&gt;, List&lt;V&gt; and nested records, where V is any supported type. Absent keys give null,
 * or empty for collections; {@link Required} components must be present.
 */
final class RecordBinder {
    private RecordBinder() {
    }

    static <R extends Record> R bind(ConfigNode node, Class<R> type, Problems problems) {
        if (!node.isMap()) {
            problems.add(node, "expected a map with keys " + keysOf(type));
            return null;
        }
        int before = problems.size();
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byKey = new LinkedHashMap<>();
        for (RecordComponent c : components) byKey.put(keyOf(c), c);
        for (String key : node.entries().keySet()) {
            if (!byKey.containsKey(key)) {
                problems.add(node.keyPosition(key), "unknown key '" + key + "'",
                        Suggestions.closest(key, byKey.keySet()).map(s -> "did you mean '" + s + "'?")
                                .orElse("known keys: " + String.join(", ", byKey.keySet())));
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            ConfigNode value = node.entries().get(keyOf(c));
            if (value == null || value.kind() == ConfigNode.Kind.NULL) {
                if (c.isAnnotationPresent(Required.class)) {
                    problems.add(node, "missing key '" + keyOf(c) + "'");
                }
                args[i] = absent(c.getType());
            } else {
                args[i] = convert(value, c.getGenericType(), problems);
            }
        }
        if (problems.size() > before) return null;
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(
                    java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            problems.add(node, String.valueOf(e.getCause().getMessage()));
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    static String keyOf(RecordComponent c) {
        Key key = c.getAnnotation(Key.class);
        return key != null ? key.value() : c.getName();
    }

    private static String keysOf(Class<?> type) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) keys.add(keyOf(c));
        return String.join(", ", keys);
    }

    private static Object absent(Class<?> type) {
        if (type == List.class) return List.of();
        if (type == Map.class) return Map.of();
        if (type == boolean.class) return false;
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == double.class) return 0.0;
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(ConfigNode node, Type type, Problems problems) {
        Class<?> raw = rawClass(type);
        if (raw == ConfigNode.class) return node;
        if (raw == Object.class) return node.value();
        if (raw == String.class) return scalarText(node, "text", problems);
        if (raw == boolean.class || raw == Boolean.class) {
            if (node.value() instanceof Boolean b) return b;
            problems.add(node, "expected true or false, got '" + describe(node) + "'");
            return null;
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == double.class || raw == Double.class) {
            return number(node, raw, problems);
        }
        if (raw == Duration.class) {
            if (scalarText(node, "duration", problems) == null) return null;
            return Durations.read(node, problems);
        }
        if (raw.isEnum()) {
            String text = scalarText(node, "name", problems);
            if (text == null) return null;
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(text.replace('-', '_'))) return constant;
            }
            List<String> names = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) names.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'));
            problems.add(node, "unknown value '" + text + "'", "one of: " + String.join(", ", names));
            return null;
        }
        if (raw.isRecord()) return bind(node, (Class<? extends Record>) raw, problems);
        if (raw == List.class) {
            Type item = typeArgument(type, 0);
            List<ConfigNode> items = node.isList() ? node.items() : List.of(node);
            List<Object> out = new ArrayList<>();
            for (ConfigNode i : items) {
                Object v = convert(i, item, problems);
                if (v != null) out.add(v);
            }
            return List.copyOf(out);
        }
        if (raw == Map.class) {
            if (!node.isMap()) {
                problems.add(node, "expected a map, got " + describe(node));
                return Map.of();
            }
            Type value = typeArgument(type, 1);
            Map<String, Object> out = new LinkedHashMap<>();
            node.entries().forEach((k, v) -> out.put(k, convert(v, value, problems)));
            return java.util.Collections.unmodifiableMap(out);
        }
        throw new IllegalStateException("unsupported config type " + type);
    }

    private static Object number(ConfigNode node, Class<?> raw, Problems problems) {
        if (!(node.value() instanceof Number n)) {
            problems.add(node, "expected a number, got '" + describe(node) + "'");
            return null;
        }
        if (!Double.isFinite(n.doubleValue())) {
            problems.add(node, "number too large: " + node.text());
            return null;
        }
        if (raw == double.class || raw == Double.class) return n.doubleValue();
        if (n.doubleValue() != Math.rint(n.doubleValue())) {
            problems.add(node, "expected a whole number, got " + n);
            return null;
        }
        boolean isInt = raw == int.class || raw == Integer.class;
        // a long or int silently cut to its low bits would be another number: refused instead
        if (!(n instanceof Long) || (isInt && (n.longValue() > Integer.MAX_VALUE || n.longValue() < Integer.MIN_VALUE))) {
            java.math.BigDecimal exact = new java.math.BigDecimal(n.toString());
            java.math.BigDecimal max = java.math.BigDecimal.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
            if (exact.abs().compareTo(max) > 0) {
                problems.add(node, "number too large: " + node.text(), "at most " + max);
                return null;
            }
        }
        return isInt ? (Object) n.intValue() : (Object) n.longValue();
    }

    private static String scalarText(ConfigNode node, String what, Problems problems) {
        if (!node.isScalar()) {
            problems.add(node, "expected " + what + ", got " + describe(node));
            return null;
        }
        return node.text();
    }

    static String describe(ConfigNode node) {
        return switch (node.kind()) {
            case MAP -> "a map";
            case LIST -> "a list";
            case NULL -> "nothing";
            case SCALAR -> node.text();
        };
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type arg = p.getActualTypeArguments()[index];
            return arg instanceof Class<?> || arg instanceof ParameterizedType ? arg : Object.class;
        }
        return Object.class;
    }
}
