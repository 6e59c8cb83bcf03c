package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code env.NAME} of an unset variable is an error naming it, unless a default is given. */
class EnvironmentVariablesTest {
    private final ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of()));
    private final Scope scope = Scope.root(Map.of("env", new EnvironmentVariables(Map.of("HOST", "db.local"))));

    @Test
    void anUnsetEnvironmentVariableIsAnErrorNamingIt() {
        assertThatThrownBy(() -> engine.evaluate("env.HTTPBIN", scope))
                .isInstanceOf(ExpressionException.class)
                .hasMessage("environment variable HTTPBIN is not set (in: env.HTTPBIN)");
        assertThatThrownBy(() -> engine.render("http://${env.HTTPBIN}/get", scope))
                .hasMessageStartingWith("environment variable HTTPBIN is not set");
        assertThatThrownBy(() -> engine.evaluate("size(env.HTTPBIN) == 0", scope))
                .hasMessageStartingWith("environment variable HTTPBIN is not set");
        assertThatThrownBy(() -> engine.evaluate("env['HTTPBIN']", scope))
                .hasMessageStartingWith("environment variable HTTPBIN is not set");
    }

    @Test
    void aDefaultIsUsedOnlyWhenTheVariableIsUnset() {
        assertThat(engine.render("http://${env.HTTPBIN ?: 'localhost:8080'}/get", scope)).isEqualTo("http://localhost:8080/get");
        assertThat(engine.evaluate("env.HTTPBIN ?? 'local'", scope)).isEqualTo("local");
        assertThat(engine.evaluate("env.HOST ?: 'local'", scope)).isEqualTo("db.local");
        assertThat(engine.evaluate("env.HTTPBIN ?: env.HOST", scope)).isEqualTo("db.local");
    }

    @Test
    void aDefaultCoversOnlyItsOwnOperand() {
        assertThatThrownBy(() -> engine.evaluate("(env.HTTPBIN ?: 'a') + env.HTTPBIN", scope))
                .hasMessageStartingWith("environment variable HTTPBIN is not set");
    }

    @Test
    void aSetVariableIsReadAsText() {
        assertThat(engine.render("postgres://${env.HOST}:5432", scope)).isEqualTo("postgres://db.local:5432");
        assertThat(engine.evaluate("env['HOST']", scope)).isEqualTo("db.local");
    }
}
