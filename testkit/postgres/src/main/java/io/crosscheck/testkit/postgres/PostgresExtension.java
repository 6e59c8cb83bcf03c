package io.crosscheck.testkit.postgres;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: {@code @ExtendWith(PostgresExtension.class)} starts the JVM's one PostgreSQL (see
 * {@link PostgresServer#shared()}) before the class and injects it into parameters of type {@link PostgresServer}.
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {

    /** The shared server, for static fields and helpers. */
    public static PostgresServer server() {
        return PostgresServer.shared();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresServer.shared();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return PostgresServer.shared();
    }
}
