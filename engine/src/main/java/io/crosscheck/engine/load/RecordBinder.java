package io.crosscheck.engine.load;

import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Default;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.spi.step.Forms;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;
import io.crosscheck.engine.spi.step.Choices;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a map node onto a record through its components. Supported component types: String, boolean, int, long,
 * double (and boxes), Duration, enums, Object (the plain value, templates kept), ConfigNode (the raw node),
 * Map&lt;String, V&gt;, List&lt;V&gt; and nested records, where V is any supported type. Absent keys give their
 * {@link Default}, else null, or empty for collections; {@link Required} components must be present, {@link Range}
 * bounds hold, {@link Choices} and {@link Forms} say what a text or a value of several forms takes, {@link KeyRules}
 * the rules across keys; {@code Position} and {@code OtherKeys} components are filled (see {@link ConfigComponents}).
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
        RecordShape shape = RecordShape.of(type);
        RecordComponent[] components = shape.components();
        Map<RecordComponent, Map<String, Object>> taken = new LinkedHashMap<>();
        shape.others().keySet().forEach(c -> taken.put(c, new LinkedHashMap<>()));
        for (String key : node.entries().keySet()) {
            if (shape.byKey().containsKey(key)) continue;
            RecordComponent other = shape.others().entrySet().stream().filter(o -> o.getValue().takes().test(key))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (other != null) {
                taken.get(other).put(key, convert(node.entries().get(key), typeArgument(other.getGenericType(), 1), problems));
                continue;
            }
            Set<String> known = new java.util.TreeSet<>(shape.byKey().keySet());
            shape.others().values().forEach(o -> known.addAll(o.names()));
            problems.add(node.keyPosition(key), "unknown key '" + key + "'",
                    Suggestions.closest(key, known).map(s -> "did you mean '" + s + "'?")
                            .orElse("known keys: " + String.join(", ", shape.byKey().keySet())));
        }
        KeyRules.check(node, type, problems);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Map<String, Object> mine = taken.get(components[i]);
            args[i] = mine != null ? java.util.Collections.unmodifiableMap(mine) : component(node, components[i], problems);
        }
        if (problems.size() > before) return null;
        try {
            return type.cast(shape.constructor().newInstance(args));
        } catch (java.lang.reflect.InvocationTargetException e) {
            problems.add(node, String.valueOf(e.getCause().getMessage()));
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private static Object component(ConfigNode node, RecordComponent c, Problems problems) {
        if (ConfigComponents.isPosition(c)) {
            String key = ConfigComponents.positionOf(c);
            return key.isEmpty() ? node.position() : node.get(key).map(ConfigNode::position).orElse(node.position());
        }
        String key = ConfigComponents.keyOf(c);
        ConfigNode value = node.entries().get(key);
        if (value == null || value.kind() == ConfigNode.Kind.NULL) {
            if (c.isAnnotationPresent(Required.class)) problems.add(node, "missing key '" + key + "'");
            Default given = c.getAnnotation(Default.class);
            if (given == null) return absent(c.getType());
            value = YamlNode.scalar(node.position(), given.value(), PlainScalars.of(given.value()));
        }
        Range range = c.getAnnotation(Range.class);
        if (range != null) return Bounds.check(key, value, range, c.getType(), problems);
        Choices choices = c.getAnnotation(Choices.class);
        if (choices != null) return FormValues.value(value, choices, problems);
        Forms forms = c.getAnnotation(Forms.class);
        if (forms != null && c.getType() == Map.class) return formMap(value, forms, problems);
        if (forms != null) return FormValues.form(value, forms, problems);
        return convert(value, c.getGenericType(), problems);
    }

    /** A map whose every value takes one of the forms. */
    private static Map<String, Object> formMap(ConfigNode node, Forms forms, Problems problems) {
        if (!node.isMap()) {
            problems.add(node, ValueWords.expected("a map", node));
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        node.entries().forEach((k, v) -> out.put(k, FormValues.form(v, forms, problems)));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static String keysOf(Class<? extends Record> type) {
        return String.join(", ", RecordShape.of(type).keys());
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
            problems.add(node, ValueWords.expected("true or false", node));
            return null;
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == double.class || raw == Double.class) {
            return Bounds.number(node, raw, problems);
        }
        if (raw == Duration.class) {
            if (scalarText(node, "duration", problems) == null) return null;
            return Durations.read(node, problems);
        }
        if (raw.isEnum()) {
            // an enum is written as its toString() (LOCAL_QUORUM, or scenario-start where toString says so), in any case, - or _
            String text = scalarText(node, "name", problems);
            if (text == null) return null;
            String wanted = text.replace('-', '_');
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(wanted) || constant.toString().replace('-', '_').equalsIgnoreCase(wanted)) {
                    return constant;
                }
            }
            List<String> names = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) names.add(constant.toString());
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
                problems.add(node, ValueWords.expected("a map", node));
                return Map.of();
            }
            Type value = typeArgument(type, 1);
            Map<String, Object> out = new LinkedHashMap<>();
            node.entries().forEach((k, v) -> out.put(k, convert(v, value, problems)));
            return java.util.Collections.unmodifiableMap(out);
        }
        throw new IllegalStateException("unsupported config type " + type);
    }

    private static String scalarText(ConfigNode node, String what, Problems problems) {
        if (!node.isScalar()) {
            problems.add(node, ValueWords.expected(what, node));
            return null;
        }
        return node.text();
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
