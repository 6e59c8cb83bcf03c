package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void innerLayersHideOuterOnesWithoutChangingThem() {
        Scope root = Scope.root(Map.of("a", 1, "b", 2));
        Scope inner = root.child(Map.of("a", 10));
        inner.set("c", 3);

        assertThat(inner.get("a")).isEqualTo(10);
        assertThat(inner.get("b")).isEqualTo(2);
        assertThat(root.get("a")).isEqualTo(1);
        assertThat(root.has("c")).isFalse();
        assertThat(inner.flatten()).isEqualTo(Map.of("a", 10, "b", 2, "c", 3));
    }

    @Test
    void aNullValueIsPresentWhileAnAbsentNameIsNot() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("nothing", null);
        Scope scope = Scope.root(vars);

        assertThat(scope.has("nothing")).isTrue();
        assertThat(scope.get("nothing")).isNull();
        assertThat(scope.has("absent")).isFalse();
    }

    @Test
    void rootCopiesItsMap() {
        Map<String, Object> vars = new HashMap<>(Map.of("a", 1));
        Scope scope = Scope.root(vars);
        vars.put("a", 2);
        assertThat(scope.get("a")).isEqualTo(1);
    }

    @Test
    void expressionsSeeTheInnermostValue() {
        ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of()));
        Scope scope = Scope.root(Map.of("customerId", 1)).child();
        scope.set("customerId", 42);
        assertThat(engine.evaluate("customerId", scope)).isEqualTo(42);
    }
}
