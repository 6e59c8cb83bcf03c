package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expressions nested hundreds deep are a clean problem, never a StackOverflowError. */
class NestingTest {
    private final ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of()));
    private final Scope scope = Scope.root(Map.of("a", Map.of("b", 1)));
    private static final String TOO_DEEP = "expression nested too deeply (more than 64 levels) at column 65";

    @Test
    void bracketsNestedTooDeeplyAreRefusedBeforeParsing() {
        assertThat(engine.syntaxError("(".repeat(400) + "1" + ")".repeat(400))).contains(TOO_DEEP);
        assertThat(engine.syntaxError("[".repeat(400) + "]".repeat(400))).contains(TOO_DEEP);
        assertThat(engine.syntaxError("{'k':".repeat(400) + "1" + "}".repeat(400)).get()).startsWith("expression nested too deeply");
        assertThatThrownBy(() -> engine.evaluate("(".repeat(400) + "1" + ")".repeat(400), scope)).hasMessage(TOO_DEEP);
    }

    @Test
    void bracketsInsideTextDoNotCount() {
        assertThat(engine.evaluate("'" + "(".repeat(400) + "' != ''", scope)).isEqualTo(true);
    }

    @Test
    void otherDeepNestingIsAProblemNotACrash() {
        String unary = "!".repeat(5000) + "true";
        // whether parsing or evaluating overflows first depends on the stack the JIT leaves; either is clean
        assertThat(engine.syntaxError(unary).orElse("")).satisfiesAnyOf(
                e -> assertThat(e).isEmpty(), e -> assertThat(e).isEqualTo("expression nested too deeply to parse"));
        assertThatThrownBy(() -> engine.evaluate(unary, scope))
                .isInstanceOf(ExpressionException.class).hasMessageStartingWith("expression nest");
        assertThatThrownBy(() -> engine.evaluate("1" + "+1".repeat(20000), scope))
                .isInstanceOf(ExpressionException.class).hasMessageStartingWith("expression nests too deep");
    }

    @Test
    void aLongChainIsFine() {
        assertThat(engine.syntaxError("a" + ".b".repeat(2000))).isEmpty();
        assertThat(engine.evaluate("(((a.b)))", scope)).isEqualTo(1);
    }

    @Test
    void aTemplateQuotesALongExpressionByItsStart() {
        String error = engine.templateError("${" + "(".repeat(400) + "1" + ")".repeat(400) + "}").orElseThrow();
        assertThat(error).startsWith("in ${" + "(".repeat(60) + "…}: " + TOO_DEEP);
    }
}
