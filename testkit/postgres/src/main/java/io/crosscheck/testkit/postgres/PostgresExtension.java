package io.crosscheck.testkit.postgres;

import io.crosscheck.testkit.server.TestServerExtension;

/**
 * JUnit 5 extension: {@code @ExtendWith(PostgresExtension.class)} starts the JVM's one PostgreSQL (see
 * {@link PostgresServer#shared()}) before the class and injects it into parameters of type {@link PostgresServer}.
 */
public final class PostgresExtension extends TestServerExtension<PostgresServer> {

    public PostgresExtension() {
        super(PostgresServer.SHARED);
    }

    /** The shared server, for static fields and helpers. */
    public static PostgresServer server() {
        return PostgresServer.shared();
    }
}
