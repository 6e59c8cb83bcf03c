package io.crosscheck.testkit.solr;

import io.crosscheck.testkit.server.TestServer;
import io.crosscheck.testkit.server.TestServerExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(SolrExtension.class)} gives tests a {@link SolrServer} parameter (constructor, lifecycle or
 * test method). One Solr per test JVM ({@link TestServer}): its start begins before the first class's
 * {@code @BeforeAll} methods, so other servers boot meanwhile; a test waits only when it takes the parameter.
 * Its folder is {@code target/crosscheck-solr/<pid>} (the system property {@code crosscheck.solr.dir} changes
 * the parent).
 */
public final class SolrExtension extends TestServerExtension<SolrServer> {
    private static final TestServer<SolrServer> SOLR = new TestServer<>("Solr", SolrServer.class, () -> {
        Path parent = Path.of(System.getProperty("crosscheck.solr.dir", "target/crosscheck-solr"));
        return SolrServer.start(parent.resolve(Long.toString(ProcessHandle.current().pid())));
    });

    public SolrExtension() {
        super(SOLR);
    }

    /** The JVM's Solr, started on first use (waits until it serves). */
    public static SolrServer server(ExtensionContext context) {
        return started(SOLR, context).get();
    }
}
