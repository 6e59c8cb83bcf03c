package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ==} on lists and maps compares deeply, numbers by value, as expect does. */
class ValueArithmeticTest {
    private final ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of()));

    @Test
    void listsOfNumbersOfDifferentJavaTypesAreEqual() {
        Scope scope = Scope.root(Map.of("fromDb", List.of(1003L, 7L), "fromApi", List.of(1003, 7.0)));
        assertThat(engine.evaluate("fromDb == fromApi", scope)).isEqualTo(true);
        assertThat(engine.evaluate("fromDb != fromApi", scope)).isEqualTo(false);
    }

    @Test
    void aListLiteralEqualsAList() {
        Scope scope = Scope.root(Map.of("names", List.of("a", "b")));
        assertThat(engine.evaluate("names == ['a', 'b']", scope)).isEqualTo(true);
        assertThat(engine.evaluate("names == ['a']", scope)).isEqualTo(false);
    }

    @Test
    void mapsCompareDeeply() {
        Scope scope = Scope.root(Map.of("row", Map.of("id", 1L, "tags", List.of("x"))));
        assertThat(engine.evaluate("row == {'id': 1, 'tags': ['x']}", scope)).isEqualTo(true);
        assertThat(engine.evaluate("1 == 1.0", scope)).isEqualTo(true);
    }
}
