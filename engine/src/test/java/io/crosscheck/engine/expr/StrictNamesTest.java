package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec §3: an undefined variable, field, function or method is an error, also inside size(), empty() and calls. */
class StrictNamesTest {
    private final ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of()));
    private final Map<String, Object> withNull = new HashMap<>(Collections.singletonMap("address", null));
    private final Scope scope = Scope.root(Map.of("xs", List.of(1, 2, 3), "body", Map.of("items", List.of(1)), "customer", withNull));

    private Object eval(String expression) {
        return engine.evaluate(expression, scope);
    }

    @Test
    void anUnknownFunctionInsideSizeIsAnErrorNotZero() {
        assertThatThrownBy(() -> eval("size(wehre(xs, x -> x > 1)) == 0"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("unknown function or method 'wehre(ListN, Closure)' (did you mean 'where'?)");
    }

    @Test
    void anUnknownMethodInsideSizeIsAnErrorNotZero() {
        assertThatThrownBy(() -> eval("size([1].nosuchMethod()) == 0")).hasMessageStartingWith("unknown function or method 'nosuchMethod'");
    }

    @Test
    void aForbiddenMethodInsideEmptyIsAnErrorNotTrue() {
        assertThatThrownBy(() -> eval("empty([1].getClass())")).hasMessageStartingWith("unknown function or method 'getClass'");
    }

    @Test
    void anAbsentFieldIsAnErrorAlsoInsideSizeAndEmptyAndComparisons() {
        assertThatThrownBy(() -> eval("body.itemz")).hasMessage("undefined field 'itemz' at column 10 (in: body.itemz)");
        assertThatThrownBy(() -> eval("size(body.itemz) == 0")).hasMessageStartingWith("undefined field 'itemz'");
        assertThatThrownBy(() -> eval("empty(body.itemz)")).hasMessageStartingWith("undefined field 'itemz'");
        assertThatThrownBy(() -> eval("body.itemz == null")).hasMessageStartingWith("undefined field 'itemz'");
        assertThatThrownBy(() -> eval("body['itemz']")).hasMessageStartingWith("undefined field 'itemz'");
        assertThatThrownBy(() -> eval("where([{'a': 1}, {'b': 2}], r -> r.a == 1)")).hasMessageStartingWith("undefined field 'a'");
    }

    @Test
    void aDefaultOrSafeNavigationAcceptsAnAbsentField() {
        assertThat(eval("body.itemz ?? 'none'")).isEqualTo("none");
        assertThat(eval("body.itemz ?: 'none'")).isEqualTo("none");
        assertThat(eval("body?.itemz == null")).isEqualTo(true);
        assertThat(eval("size(body.items)")).isEqualTo(1);
    }

    @Test
    void aPresentNullStaysNullAndReadingBeyondItNamesIt() {
        assertThat(eval("customer.address == null")).isEqualTo(true);
        assertThat(eval("empty(customer.address)")).isEqualTo(true);
        assertThatThrownBy(() -> eval("customer.address.city")).hasMessage("'address' is null at column 1 (in: customer.address.city)");
    }

    @Test
    void validateFindsAnUnknownFunctionWithItsColumnAndTheClosestName() {
        assertThat(engine.syntaxError("size(wehre(xs, x -> x > 1)) == 0"))
                .contains("unknown function 'wehre' (did you mean 'where'?) at column 6");
        assertThat(engine.syntaxError("math:abs(1)")).contains("unknown function 'math:abs' (functions have no prefix) at column 1");
        assertThat(engine.syntaxError("size(where(xs, x -> x > 1)) == 2 && now('yyyy') != ''")).isEmpty();
    }

    @Test
    void validateFindsSecretWithoutAName() {
        String needsName = "secret() needs the name of an environment variable, e.g. secret('PG_PASSWORD') at column 1";
        assertThat(engine.syntaxError("secret()")).contains(needsName);
        assertThat(engine.syntaxError("secret('')")).contains(needsName);
        assertThat(engine.syntaxError("secret('PG_PASSWORD')")).isEmpty();
        assertThat(engine.syntaxError("secret(name)")).isEmpty(); // a computed name is checked when it runs
    }

    @Test
    void everyBuiltInFunctionIsKnownToValidate() {
        List<String> declared = Arrays.stream(Functions.class.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).distinct().toList();
        assertThat(Functions.NAMES).containsAll(declared);
    }
}
