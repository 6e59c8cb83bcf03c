package io.crosscheck.steps.kafka;

/** Reads keys that take a whole number or a {@code ${...}} template that renders to one (the binder checked the written ones). */
final class WholeNumbers {
    private WholeNumbers() {
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
}
