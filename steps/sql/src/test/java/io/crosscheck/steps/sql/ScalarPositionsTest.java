package io.crosscheck.steps.sql;

import io.crosscheck.engine.result.Position;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScalarPositionsTest {

    private static Position at(List<String> lines, int line, int column, String text, String needle) {
        return ScalarPositions.walk(lines, new Position("f.yaml", line, column), text, text.indexOf(needle));
    }

    @Test
    void plainScalarOnOneLine() {
        List<String> lines = List.of("steps:", "  - query:", "      sql: SELECT 1 WHERE a = '${x}'");
        Position p = at(lines, 3, 12, "SELECT 1 WHERE a = '${x}'", "${x}");
        assertThat(p).isEqualTo(new Position("f.yaml", 3, 32));
    }

    @Test
    void doubleQuotedScalarWithEscapes() {
        List<String> lines = List.of("sql: \"SELECT \\\"a\\\" FROM t WHERE b = '${x}'\"");
        Position p = at(lines, 1, 6, "SELECT \"a\" FROM t WHERE b = '${x}'", "${x}");
        assertThat(lines.get(0).indexOf("${x}") + 1).isEqualTo(p.column());
    }

    @Test
    void singleQuotedScalarWithDoubledQuotes() {
        List<String> lines = List.of("sql: 'SELECT 1 WHERE b = ''${x}'''");
        Position p = at(lines, 1, 6, "SELECT 1 WHERE b = '${x}'", "${x}");
        assertThat(p.column()).isEqualTo(lines.get(0).indexOf("${x}") + 1);
    }

    @Test
    void literalBlockScalarOnALaterLine() {
        List<String> lines = List.of(
                "    sql: |",
                "      SELECT *",
                "        FROM customer_profile",
                "       WHERE last_name = '${name}'");
        String text = "SELECT *\n  FROM customer_profile\n WHERE last_name = '${name}'\n";
        assertThat(at(lines, 1, 10, text, "${name}")).isEqualTo(new Position("f.yaml", 4, 27));
    }

    @Test
    void foldedPlainScalarOverSeveralLines() {
        List<String> lines = List.of(
                "sql: SELECT *",
                "  FROM t",
                "  WHERE a = '${x}'");
        assertThat(at(lines, 1, 6, "SELECT * FROM t WHERE a = '${x}'", "${x}"))
                .isEqualTo(new Position("f.yaml", 3, 14));
    }
}
