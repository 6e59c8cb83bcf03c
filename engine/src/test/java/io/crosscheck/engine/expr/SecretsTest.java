package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {
    private final Secrets secrets = new Secrets(Map.of("PG_PASSWORD", "s3cr3t", "EMPTY", ""));

    @Test
    void secretReadsTheEnvironmentAndMasksTheValueFromThenOn() {
        assertThat(secrets.mask("password=s3cr3t")).isEqualTo("password=s3cr3t");
        assertThat(secrets.secret("PG_PASSWORD")).isEqualTo("s3cr3t");
        assertThat(secrets.mask("password=s3cr3t; again s3cr3t")).isEqualTo("password=****; again ****");
    }

    @Test
    void anUnsetVariableIsAClearError() {
        assertThatThrownBy(() -> secrets.secret("NOPE"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("environment variable NOPE is not set");
    }

    @Test
    void emptyValuesAreNotMasked() {
        assertThat(secrets.secret("EMPTY")).isEmpty();
        assertThat(secrets.mask("nothing to hide")).isEqualTo("nothing to hide");
    }

    @Test
    void masksDeepInsideMapsAndLists() {
        secrets.register("tok-123");
        Object masked = secrets.maskDeep(Map.of(
                "headers", Map.of("Authorization", "Bearer tok-123"),
                "rows", List.of(Map.of("token", "tok-123", "n", 5)),
                "tok-123", true));

        assertThat(masked).isEqualTo(Map.of(
                "headers", Map.of("Authorization", "Bearer ****"),
                "rows", List.of(Map.of("token", "****", "n", 5)),
                "****", true));
    }

    @Test
    void aLongerSecretThatHoldsAShorterOneIsMaskedWhole() {
        secrets.register("abc");
        secrets.register("abcdef");
        assertThat(secrets.mask("x abcdef y")).isEqualTo("x **** y");
    }

    @Test
    void secretIsCallableFromExpressionsAndItsValueIsRegistered() {
        ExpressionEngine engine = new ExpressionEngine(secrets);
        Object value = engine.render("postgres://app:${secret('PG_PASSWORD')}@db", Scope.root(Map.of()));
        assertThat(value).isEqualTo("postgres://app:s3cr3t@db");
        assertThat(engine.secrets().mask(value.toString())).isEqualTo("postgres://app:****@db");
    }
}
