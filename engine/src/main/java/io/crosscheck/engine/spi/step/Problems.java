package io.crosscheck.engine.spi.step;

import io.crosscheck.engine.result.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects every problem of a load/validation pass so that all are reported at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private final Function<Position, String> sourceLines;
    private Function<String, java.util.Optional<String>> expressionSyntax = e -> java.util.Optional.empty();

    public Problems() {
        this(p -> "");
    }

    /** @param sourceLines gives the text of the line a position points at, for the caret display */
    public Problems(Function<Position, String> sourceLines) {
        this.sourceLines = sourceLines;
    }

    public void add(Position at, String message) {
        add(at, message, "");
    }

    public void add(Position at, String message, String hint) {
        String line;
        try {
            line = sourceLines.apply(at);
        } catch (RuntimeException e) {
            line = "";
        }
        list.add(new Problem(at, message, hint, line));
    }

    public void add(ConfigNode at, String message) {
        add(at.position(), message, "");
    }

    public void add(ConfigNode at, String message, String hint) {
        add(at.position(), message, hint);
    }

    /** Used by the engine: how expressions are checked by {@link #checkExpression}. */
    public Problems withExpressionSyntax(Function<String, java.util.Optional<String>> checker) {
        this.expressionSyntax = checker;
        return this;
    }

    /** Reports a syntax error of the expression in a scalar node (e.g. a {@code match:} or an {@code assert} line). */
    public void checkExpression(ConfigNode node) {
        if (node.text() == null) {
            add(node, "expected an expression");
            return;
        }
        expressionSyntax.apply(node.text()).ifPresent(err -> add(node, "bad expression: " + err));
    }

    public void addAll(Problems other) {
        list.addAll(other.list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }
}
