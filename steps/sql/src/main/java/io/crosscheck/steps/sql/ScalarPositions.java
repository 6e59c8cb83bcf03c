package io.crosscheck.steps.sql;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Position;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds where a character of a scalar's text is in the YAML file, so that a problem inside a long SQL text points
 * at its exact line and column. YAML changes the text on the way (block indentation, folded lines, quotes and
 * escapes), so the text is walked against the source from the node's start; matching is greedy, which is exact for
 * plain, quoted and block scalars. Falls back to the node's own position when the file cannot be read.
 */
final class ScalarPositions {
    private ScalarPositions() {
    }

    static Position of(ConfigNode node, int offset) {
        Position start = node.position();
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(start.file()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return start;
        }
        if (start.line() < 1 || start.line() > lines.size()) return start;
        return walk(lines, start, node.text(), offset);
    }

    static Position walk(List<String> lines, Position start, String text, int offset) {
        int line = start.line() - 1;
        int col = start.column() - 1;
        String first = lines.get(line);
        char indicator = col < first.length() ? first.charAt(col) : ' ';
        boolean doubleQuoted = indicator == '"';
        if (indicator == '|' || indicator == '>') {
            line++;
            col = 0;
        } else if (indicator == '"' || indicator == '\'') {
            col++;
        }
        for (int i = 0; i <= offset && i < text.length(); i++) {
            char want = text.charAt(i);
            while (true) {
                if (line >= lines.size()) return start;
                String src = lines.get(line);
                if (col >= src.length()) { // the line break: a newline of a block, or a folded space
                    boolean matches = Character.isWhitespace(want);
                    if (matches && i == offset) return new Position(start.file(), line + 1, col + 1);
                    line++;
                    col = 0;
                    if (matches) break;
                    continue;
                }
                char have = src.charAt(col);
                int width = 1;
                if (doubleQuoted && have == '\\' && col + 1 < src.length()) {
                    have = unescape(src.charAt(col + 1));
                    width = 2;
                }
                boolean matches = have == want || (Character.isWhitespace(want) && Character.isWhitespace(have));
                if (matches && i == offset) return new Position(start.file(), line + 1, col + 1);
                col += width;
                if (matches) break;
            }
        }
        return start;
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            default -> c;
        };
    }
}
