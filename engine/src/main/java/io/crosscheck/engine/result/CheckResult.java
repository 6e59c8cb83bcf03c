package io.crosscheck.engine.result;

/**
 * One checked expectation: an {@code expect} entry ({@code path} + {@code matcher}) or an {@code assert} line
 * ({@code path} is the expression, {@code matcher} is "that"). {@code message} explains a failure, e.g. the values
 * of an expression's parts.
 */
public record CheckResult(String path, String matcher, Object expected, Object actual, boolean passed, String message) {
    public CheckResult {
        message = message == null ? "" : message;
    }

    /** The failure in one line, as a step's error says it: the message, else {@code path: expected …, was …}. */
    public String summary() {
        return message.isEmpty() ? path + ": expected " + expected + ", was " + actual : message;
    }
}
