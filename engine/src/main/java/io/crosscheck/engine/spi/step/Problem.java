package io.crosscheck.engine.spi.step;

import io.crosscheck.engine.result.Position;

/**
 * Something wrong with user input, found before anything runs.
 * {@code sourceLine} is the offending line of the file (may be empty), used to draw a caret.
 */
public record Problem(Position position, String message, String hint, String sourceLine) {

    public Problem {
        hint = hint == null ? "" : hint;
        sourceLine = sourceLine == null ? "" : sourceLine;
    }

    /** {@code file:line:column: error: message (hint)}, then the source line and a caret under the column. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(position).append(": error: ").append(message);
        if (!hint.isEmpty()) sb.append(" (").append(hint).append(')');
        if (!sourceLine.isEmpty()) {
            sb.append('\n').append("  ").append(sourceLine).append('\n').append("  ");
            sb.append(" ".repeat(Math.max(0, position.column() - 1))).append('^');
        }
        return sb.toString();
    }
}
