package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxTest {
    private final ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of()));
    private final Scope scope = Scope.root(Map.of("text", "abc", "items", List.of(1, 2, 3)));

    @ParameterizedTest
    @ValueSource(strings = {
        "''.getClass()",
        "''.class",
        "''.class.forName('java.lang.Runtime')",
        "text.getClass().getClassLoader()",
        "java.lang.System.exit(1)",
        "Runtime.getRuntime()",
        "Runtime.getRuntime().exec('touch /tmp/crosscheck-pwned')",
        "items.getClass().forName('java.lang.ProcessBuilder')",
        "text.wait()",
        "'x'.repeat(2000000000)",
    })
    void classReflectionAndProcessAccessIsRefused(String escape) {
        assertThatThrownBy(() -> engine.evaluate(escape, scope)).isInstanceOf(ExpressionException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "new('java.io.File', '/')",
        "new('java.lang.ProcessBuilder', 'ls')",
        "(x -> { while (true) {} })(1)",
        "(x -> { for (var i : [1, 2]) {} })(1)",
        "text = 'changed'",
        "#pragma jexl.import java.io",
    })
    void instantiationLoopsAndAssignmentsAreRefusedBeforeEvaluation(String escape) {
        assertThat(engine.syntaxError(escape)).isPresent();
        assertThatThrownBy(() -> engine.evaluate(escape, scope)).isInstanceOf(ExpressionException.class);
    }

    @Test
    void refusalsSayWhatIsNotAllowed() {
        assertThat(engine.syntaxError("new('java.io.File', '/')")).get().asString().contains("new(...) is not allowed");
        assertThat(engine.syntaxError("(x -> { while (true) {} })(1)")).get().asString().contains("loops are not allowed");
        assertThat(engine.syntaxError("text = 'x'")).get().asString().contains("assignments are not allowed");
    }

    @Test
    void endlessRecursionFailsFastInsteadOfOverflowingTheStack() {
        assertThatThrownBy(() -> engine.evaluate("(f -> f(f))(f -> f(f))", scope))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("nests too deep");
    }

    @Test
    void anInterruptedEvaluationStops() throws Exception {
        Scope big = Scope.root(Map.of("n", 50_000_000));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> engine.evaluate("count(1..n, x -> x % 2 == 0)", big)).isInstanceOf(ExpressionException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void ordinaryMethodsOnDataStillWork() {
        assertThat(engine.evaluate("text.toUpperCase()", scope)).isEqualTo("ABC");
        assertThat(engine.evaluate("text.startsWith('ab') && items.contains(2)", scope)).isEqualTo(true);
        assertThat(engine.evaluate("text.length()", scope)).isEqualTo(3);
    }

    @Test
    void scopeObjectsAreNotReachableFromExpressions() {
        assertThatThrownBy(() -> engine.evaluate("secret.getClass()", scope)).isInstanceOf(ExpressionException.class);
        assertThat(engine.syntaxError("uuid()")).isEmpty();
    }
}
