package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable YAML node with its position. */
public final class YamlNode implements ConfigNode {
    private final Kind kind;
    private final Position position;
    private final String text;
    private final Object scalarValue;
    private final Map<String, ConfigNode> entries;
    private final Map<String, Position> keyPositions;
    private final List<ConfigNode> items;

    private YamlNode(Kind kind, Position position, String text, Object scalarValue, Map<String, ConfigNode> entries,
                     Map<String, Position> keyPositions, List<ConfigNode> items) {
        this.kind = kind;
        this.position = position;
        this.text = text;
        this.scalarValue = scalarValue;
        this.entries = entries;
        this.keyPositions = keyPositions;
        this.items = items;
    }

    static YamlNode scalar(Position at, String text, Object value) {
        return new YamlNode(Kind.SCALAR, at, text, value, Map.of(), Map.of(), List.of());
    }

    static YamlNode nullNode(Position at) {
        return new YamlNode(Kind.NULL, at, null, null, Map.of(), Map.of(), List.of());
    }

    static YamlNode list(Position at, List<ConfigNode> items) {
        return new YamlNode(Kind.LIST, at, null, null, Map.of(), Map.of(), List.copyOf(items));
    }

    static YamlNode map(Position at, Map<String, ConfigNode> entries, Map<String, Position> keys) {
        return owning(at, new LinkedHashMap<>(entries), new LinkedHashMap<>(keys));
    }

    /** A map node over maps nobody else holds (the loader's own, just filled): kept as they are, not copied. */
    static YamlNode owning(Position at, LinkedHashMap<String, ConfigNode> entries, LinkedHashMap<String, Position> keys) {
        return new YamlNode(Kind.MAP, at, null, null, Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keys), List.of());
    }

    /** Plain values (maps, lists, scalars, as {@link #value()} gives them) as a node, every part positioned at {@code at}. */
    public static YamlNode plain(Position at, Object value) {
        if (value == null) return nullNode(at);
        if (value instanceof Map<?, ?> map) {
            Map<String, ConfigNode> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(String.valueOf(k), plain(at, v)));
            return syntheticMap(at, entries);
        }
        if (value instanceof List<?> list) {
            List<ConfigNode> items = new ArrayList<>(list.size());
            list.forEach(v -> items.add(plain(at, v)));
            return list(at, items);
        }
        return scalar(at, String.valueOf(value), value);
    }

    /** A map node built in code (e.g. a default), positioned at {@code at}. */
    public static YamlNode syntheticMap(Position at, Map<String, ConfigNode> entries) {
        Map<String, Position> keys = new LinkedHashMap<>();
        entries.keySet().forEach(k -> keys.put(k, at));
        return map(at, entries, keys);
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public Position position() {
        return position;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public Map<String, ConfigNode> entries() {
        return entries;
    }

    @Override
    public Position keyPosition(String key) {
        return keyPositions.getOrDefault(key, position);
    }

    @Override
    public List<ConfigNode> items() {
        return items;
    }

    @Override
    public Object value() {
        return switch (kind) {
            case NULL -> null;
            case SCALAR -> scalarValue;
            case LIST -> {
                List<Object> out = new ArrayList<>(items.size());
                items.forEach(i -> out.add(i.value()));
                yield out;
            }
            case MAP -> {
                Map<String, Object> out = new LinkedHashMap<>();
                entries.forEach((k, v) -> out.put(k, v.value()));
                yield out;
            }
        };
    }

    @Override
    public <R extends Record> R bind(Class<R> type, Problems problems) {
        return RecordBinder.bind(this, type, problems);
    }

    @Override
    public String toString() {
        return kind + "@" + position;
    }
}
