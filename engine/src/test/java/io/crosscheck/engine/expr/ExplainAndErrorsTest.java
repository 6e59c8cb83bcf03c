package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainAndErrorsTest {
    private final ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of("TOKEN", "t0ps3cret")));
    private final Scope scope = Scope.root(Map.of(
            "customer", Map.of("is_active", true, "name", "Ann"),
            "events", List.of(Map.of("type", "PushEvent"), Map.of("type", "PushEvent")),
            "query", Map.of("rows", List.of(Map.of("amount", 12)))));

    @Test
    void explainShowsTheValueOfEachOperand() {
        assertThat(engine.explain("customer.is_active == false", scope)).isEqualTo("customer.is_active was true, false was false");
        assertThat(engine.explain("groupCount(events, 'type').PushEvent == 42", scope))
                .isEqualTo("groupCount(events, 'type').PushEvent was 2, 42 was 42");
    }

    @Test
    void explainDescendsIntoGroupsAndLogicalOperators() {
        assertThat(engine.explain("customer.name == 'Bob' && (query.rows[0].amount > 20 || !customer.is_active)", scope))
                .isEqualTo("customer.name was 'Ann', 'Bob' was 'Bob', query.rows[0].amount was 12, 20 was 20, customer.is_active was true");
    }

    @Test
    void explainDoesNotSplitInsideStringsOrLambdas() {
        assertThat(engine.explain("size(where(events, e -> e.type == 'a && b')) > 5", scope))
                .isEqualTo("size(where(events, e -> e.type == 'a && b')) was 0, 5 was 5");
    }

    @Test
    void explainReportsOperandsThatFail() {
        assertThat(engine.explain("customr.name == 'Ann'", scope))
                .startsWith("customr.name failed: undefined variable 'customr' (did you mean 'customer'?)");
    }

    @Test
    void explainMasksSecrets() {
        assertThat(engine.explain("secret('TOKEN') == 'x'", scope)).isEqualTo("secret('TOKEN') was '****', 'x' was 'x'");
    }

    @Test
    void syntaxErrorsNameTheColumn() {
        assertThat(engine.syntaxError("customer.name == ")).get().asString().startsWith("syntax error");
        assertThat(engine.syntaxError("a ) b")).get().asString().contains("at column");
        assertThat(engine.syntaxError("customer.is_active == false")).isEmpty();
        assertThat(engine.syntaxError("  ")).contains("empty expression");
    }

    @Test
    void evaluationErrorsAreReadable() {
        assertThatThrownBy(() -> engine.evaluate("customer.address.city", scope))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("undefined field 'address' at column").hasMessageEndingWith("(in: customer.address.city)");
        assertThatThrownBy(() -> engine.evaluate("events[5].type", scope))
                .hasMessage("index 5 is out of range at column 8 (in: events[5].type)");
        assertThatThrownBy(() -> engine.evaluate("wher(events, e -> true)", scope))
                .hasMessageContaining("unknown function or method 'wher")
                .hasMessageContaining("did you mean 'where'?");
        assertThatThrownBy(() -> engine.evaluate("secret('NOT_SET')", scope))
                .hasMessageContaining("environment variable NOT_SET is not set");
    }

    @Test
    void aMisspeltNameIsReportedEvenInsideSizeAndEmpty() {
        assertThatThrownBy(() -> engine.evaluate("size(evnts) == 0", scope)).hasMessageContaining("undefined variable 'evnts' (did you mean 'events'?)");
        assertThatThrownBy(() -> engine.evaluate("empty(evnts)", scope)).hasMessageContaining("undefined variable 'evnts'");
        assertThat(engine.evaluate("evnts ?? 'none'", scope)).isEqualTo("none");
        assertThat(engine.evaluate("size(where(events, e -> e.type == 'PushEvent'))", scope)).isEqualTo(2);
    }

    @Test
    void wrongArgumentsToAFunctionSayWhatWasGiven() {
        assertThatThrownBy(() -> engine.evaluate("sum(events, 'a', 3)", scope)).hasMessageStartingWith("sum() does not take (list, text, number)");
        assertThatThrownBy(() -> engine.evaluate("sum(null)", scope)).hasMessageStartingWith("expected a list, was null");
    }

    @Test
    void strictModeRefusesNullArithmetic() {
        Scope s = Scope.root(new java.util.HashMap<>(java.util.Collections.singletonMap("n", null)));
        assertThatThrownBy(() -> engine.evaluate("n + 1", s)).isInstanceOf(ExpressionException.class);
        assertThat(engine.evaluate("n == null", s)).isEqualTo(true);
    }
}
