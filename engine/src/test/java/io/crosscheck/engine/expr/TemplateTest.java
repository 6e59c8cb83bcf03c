package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.engine.spi.step.BoundTemplate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {
    private final ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of()));
    private final Scope scope = Scope.root(Map.of(
            "customerId", 123456L,
            "name", "O'Brien",
            "amount", new BigDecimal("12.50"),
            "customer", Map.of("id", 7, "tags", List.of("a", "b")),
            "list", List.of(Map.of("a", "}"), Map.of("a", "x"))));

    @Test
    void aLoneExpressionKeepsTheValuesType() {
        assertThat(engine.render("${customerId}", scope)).isEqualTo(123456L);
        assertThat(engine.render("${customer}", scope)).isEqualTo(Map.of("id", 7, "tags", List.of("a", "b")));
        assertThat(engine.render("${customer.tags}", scope)).isEqualTo(List.of("a", "b"));
        assertThat(engine.render("${customerId > 5}", scope)).isEqualTo(true);
    }

    @Test
    void aBareNameReadsTheVariableAsJexlDoesAndEveryOtherWordIsLeftToJexl() {
        Map<String, Object> withNull = new java.util.HashMap<>(Map.of("true", "a variable"));
        withNull.put("nothing", null);
        Scope names = Scope.root(withNull).child(Map.of("customerId", 7L));

        assertThat(engine.render("${ customerId }", names)).isEqualTo(7L);
        assertThat(engine.render("${nothing}", names)).isNull();
        assertThat(engine.render("${true}", names)).isEqualTo(true);   // a reserved word, never a variable
        assertThat(engine.render("${customerId2}", Scope.root(Map.of("customerId2", List.of(1))))).isEqualTo(List.of(1));
        assertThatThrownBy(() -> engine.render("${customerid}", names))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("undefined variable 'customerid'");
    }

    @Test
    void aWholeNumberIsTheValueJexlsLiteralHas() {
        assertThat(engine.render("${ 7 }", scope)).isEqualTo(7).isEqualTo(engine.render("${(7)}", scope));
        assertThat(engine.render("${123456789}", scope)).isEqualTo(engine.render("${(123456789)}", scope));
        assertThat(engine.render("${1234567890123}", scope)).isEqualTo(engine.render("${(1234567890123)}", scope));
        assertThat(engine.render("${010}", scope)).isEqualTo(engine.render("${(010)}", scope));
        assertThat(engine.render("${0}", scope)).isEqualTo(0);
        assertThat(engine.bind("id = ${42}", scope).values()).containsExactly(42);
    }

    @Test
    void mixedTextIsJoinedAsText() {
        assertThat(engine.render("move-${customerId}@example.com", scope)).isEqualTo("move-123456@example.com");
        assertThat(engine.render(" ${customerId}", scope)).isEqualTo(" 123456");
        assertThat(engine.renderText("${customer.tags} / ${amount}", scope)).isEqualTo("[\"a\",\"b\"] / 12.50");
        assertThat(engine.renderText("${customerId}", scope)).isEqualTo("123456");
    }

    @Test
    void rendersMapsAndListsDeeply() {
        Object rendered = engine.render(Map.of(
                "id", "${customerId}",
                "nested", List.of("${name}", Map.of("k-${customer.id}", "v")),
                "plain", 3), scope);

        assertThat(rendered).isEqualTo(Map.of(
                "id", 123456L,
                "nested", List.of("O'Brien", Map.of("k-7", "v")),
                "plain", 3));
    }

    @Test
    void nestedBracesAndQuotedBracesStayInsideTheExpression() {
        assertThat(engine.render("${ {'a': 1} }", scope)).isEqualTo(Map.of("a", 1));
        assertThat(engine.render("${ {'a': {'b': 2}}.a.b }", scope)).isEqualTo(2);
        assertThat(engine.render("${where(list, x -> x.a == '}')}", scope)).isEqualTo(List.of(Map.of("a", "}")));
        assertThat(engine.render("n=${size(where(list, x -> x.a == \"}\"))}", scope)).isEqualTo("n=1");
        assertThat(engine.render("${'it\\'s'}", scope)).isEqualTo("it's");
    }

    @Test
    void doubleDollarIsALiteralDollarBrace() {
        assertThat(engine.render("cost: $${customerId}", scope)).isEqualTo("cost: ${customerId}");
        assertThat(engine.render("$${a} and ${customerId}", scope)).isEqualTo("${a} and 123456");
        assertThat(engine.templateError("$${ not an expression")).isEmpty();
    }

    @Test
    void textWithoutExpressionsIsUnchanged() {
        assertThat(engine.render("plain $ text {}", scope)).isEqualTo("plain $ text {}");
        assertThat(engine.render(42, scope)).isEqualTo(42);
        assertThat(engine.render(null, scope)).isNull();
    }

    @Test
    void templateErrorFindsUnclosedAndBadExpressions() {
        assertThat(engine.templateError("id-${customerId")).get().asString().contains("unclosed ${");
        assertThat(engine.templateError("${'abc}")).get().asString().contains("unclosed string");
        assertThat(engine.templateError("a ${1 +} b")).get().asString().contains("in ${1 +}").contains("syntax error");
        assertThat(engine.templateError("${where(list, x -> x.a == '}')} ok")).isEmpty();
        assertThat(engine.templateError("no templates")).isEmpty();
    }

    @Test
    void bindTurnsEachExpressionIntoAParameterInOrderAndNeverSplices() {
        BoundTemplate bound = engine.bind(
                "SELECT * FROM customer WHERE name = ${name} AND id = ${customerId} AND amount > ${amount}", scope);

        assertThat(bound.text()).isEqualTo("SELECT * FROM customer WHERE name = ? AND id = ? AND amount > ?");
        assertThat(bound.values()).containsExactly("O'Brien", 123456L, new BigDecimal("12.50"));
    }

    @Test
    void bindKeepsInjectionAttemptsAsValues() {
        Scope hostile = Scope.root(Map.of("v", "1; DROP TABLE customer; --"));
        BoundTemplate bound = engine.bind("DELETE FROM t WHERE id = ${v} AND note = '$${x}'", hostile);
        assertThat(bound.text()).isEqualTo("DELETE FROM t WHERE id = ? AND note = '${x}'");
        assertThat(bound.values()).containsExactly("1; DROP TABLE customer; --");
    }

    @Test
    void bindWithoutExpressionsHasNoValues() {
        BoundTemplate bound = engine.bind("SELECT 1", scope);
        assertThat(bound.text()).isEqualTo("SELECT 1");
        assertThat(bound.values()).isEmpty();
    }

    @Test
    void anUndefinedVariableNamesItAndSuggestsTheClosest() {
        assertThatThrownBy(() -> engine.render("id-${customr.id}", scope))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("undefined variable 'customr'")
                .hasMessageContaining("did you mean 'customer'?");
    }
}
