package io.crosscheck.testkit.cassandra;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one real Cassandra node per test JVM, shared by every test class that uses the extension, and kills it
 * when the JVM's tests are done. Tests receive the {@link CassandraNode} as a parameter or from {@link #node()}.
 *
 * <pre>{@code
 * @ExtendWith(CassandraExtension.class)
 * class ReadingsIT {
 *     @Test void readsByKey(CassandraNode node) { ... node.contactPoint() ... }
 * }
 * }</pre>
 */
public final class CassandraExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CassandraExtension.class);
    private static final Object LOCK = new Object();
    private static CassandraServer server;
    private static RuntimeException startFailure;

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CassandraNode.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return ensureStarted(context);
    }

    /** The node of this JVM; the extension must have started it. */
    public static CassandraNode node() {
        synchronized (LOCK) {
            if (server == null) {
                throw new IllegalStateException("no Cassandra node: add @ExtendWith(CassandraExtension.class) to the test class");
            }
            return server.node();
        }
    }

    private static CassandraNode ensureStarted(ExtensionContext context) {
        synchronized (LOCK) {
            if (startFailure != null) {
                throw startFailure; // one failed start is reported by every class, without waiting again
            }
            if (server == null) {
                try {
                    server = CassandraServer.start(Path.of("target", "cassandra"));
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    startFailure = new IllegalStateException("could not start Cassandra: " + e.getMessage(), e);
                    throw startFailure;
                }
                CassandraServer started = server;
                // closed when the root context closes (end of the JVM's tests); the hook covers an abrupt exit
                context.getRoot().getStore(NAMESPACE).put("server", (AutoCloseable) CassandraExtension::stop);
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "cassandra-stop"));
            }
            return server.node();
        }
    }

    private static void stop() {
        synchronized (LOCK) {
            if (server != null) {
                server.close();
                server = null;
            }
        }
    }
}
