package io.crosscheck.engine.expect;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The matcher operators of {@code expect}; a map whose keys are all operator names is an operator map. */
enum Operator {
    EQ("eq"), NE("ne"), GT("gt"), GTE("gte"), LT("lt"), LTE("lte"), CONTAINS("contains"), MATCHES("matches"),
    EXISTS("exists"), SIZE("size"), TYPE("type"), ONE_OF("oneOf"), SCHEMA("schema");

    static final List<String> NAMES = Arrays.stream(values()).map(o -> o.key).toList();
    /** The operators allowed inside {@code size: {...}}. */
    static final List<String> SIZE_NAMES = List.of("eq", "ne", "gt", "gte", "lt", "lte", "oneOf");
    static final List<String> TYPES = List.of("string", "number", "boolean", "object", "array", "null");

    final String key;

    Operator(String key) {
        this.key = key;
    }

    static Optional<Operator> named(String name) {
        for (Operator o : values()) {
            if (o.key.equals(name)) return Optional.of(o);
        }
        return Optional.empty();
    }

    /** True when every key names an operator: the map holds matchers rather than a literal value. */
    static boolean isOperatorMap(Map<?, ?> map) {
        if (map.isEmpty()) return false;
        for (Object key : map.keySet()) {
            if (!(key instanceof String s) || named(s).isEmpty()) return false;
        }
        return true;
    }

    boolean isComparison() {
        return this == GT || this == GTE || this == LT || this == LTE;
    }

    String symbol() {
        return switch (this) {
            case GT -> ">";
            case GTE -> ">=";
            case LT -> "<";
            case LTE -> "<=";
            default -> key;
        };
    }
}
