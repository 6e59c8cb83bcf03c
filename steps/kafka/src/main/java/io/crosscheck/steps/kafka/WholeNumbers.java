package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.ConfigNode;
import io.crosscheck.engine.spi.Problems;

/** Checks and reads keys that take a whole number or a {@code ${...}} template that renders to one. */
final class WholeNumbers {
    private WholeNumbers() {
    }

    /** Adds a problem unless the node is a whole number ≥ {@code min} or a template. */
    static void check(ConfigNode node, String key, long min, Problems problems) {
        Object v = node.value();
        if (v instanceof String s && s.contains("${")) return;
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            if (n.longValue() < min || n.longValue() > Integer.MAX_VALUE) {
                problems.add(node, key + " must be " + min + " or more, got " + n.longValue());
            }
            return;
        }
        problems.add(node, key + " must be a whole number, got '" + describe(node) + "'", "write e.g. " + key + ": " + Math.max(min, 1));
    }

    /** The rendered value as an int; {@code null} stays null. */
    static Integer read(Object rendered, String key) {
        if (rendered == null) return null;
        if (rendered instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) return Math.toIntExact(n.longValue());
        try {
            return Integer.valueOf(rendered.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + rendered + "'");
        }
    }

    private static String describe(ConfigNode node) {
        return switch (node.kind()) {
            case MAP -> "a map";
            case LIST -> "a list";
            case NULL -> "nothing";
            case SCALAR -> node.text();
        };
    }
}
