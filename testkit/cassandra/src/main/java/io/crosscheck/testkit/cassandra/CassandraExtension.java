package io.crosscheck.testkit.cassandra;

import io.crosscheck.testkit.server.TestServer;
import io.crosscheck.testkit.server.TestServerExtension;
import java.nio.file.Path;

/**
 * Starts one real Cassandra node per test JVM ({@link TestServer}), shared by every test class that uses the
 * extension, and kills it when the JVM's tests are done. Tests receive the {@link CassandraNode} as a parameter or
 * from {@link #node()}.
 *
 * <pre>{@code
 * @ExtendWith(CassandraExtension.class)
 * class ReadingsIT {
 *     @Test void readsByKey(CassandraNode node) { ... node.contactPoint() ... }
 * }
 * }</pre>
 */
public final class CassandraExtension extends TestServerExtension<CassandraServer> {
    private static final TestServer<CassandraServer> SERVER = new TestServer<>("Cassandra", CassandraServer.class,
            () -> CassandraServer.start(Path.of("target", "cassandra")));

    public CassandraExtension() {
        super(SERVER, CassandraNode.class, CassandraServer::node);
    }

    /** The node of this JVM, started on first call (waits until it serves CQL). */
    public static CassandraNode node() {
        return SERVER.get().node();
    }
}
