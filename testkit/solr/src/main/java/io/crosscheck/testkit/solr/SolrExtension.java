package io.crosscheck.testkit.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(SolrExtension.class)} gives tests a {@link SolrServer} parameter (constructor, lifecycle or
 * test method). One Solr per test JVM: started by the first test class that uses the extension, stopped when the
 * JUnit run ends. The start begins in the background before the class's {@code @BeforeAll} methods, so other
 * servers (list this extension first) boot meanwhile; a test waits only when it takes the parameter.
 * Its folder is {@code target/crosscheck-solr/<pid>} (the system property {@code crosscheck.solr.dir} changes
 * the parent).
 */
public final class SolrExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SolrExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        starting(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SolrServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** The JVM's Solr, started on first use (waits until it serves); the root store closes it at the end of the run. */
    public static SolrServer server(ExtensionContext context) {
        try {
            return starting(context).server.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Starting starting(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Starting.class, k -> new Starting(), Starting.class);
    }

    /** A Solr being started on a background thread; closing it stops the server once it is up. */
    private static final class Starting implements AutoCloseable {
        final CompletableFuture<SolrServer> server = new CompletableFuture<>();

        Starting() {
            Thread t = new Thread(() -> {
                try {
                    server.complete(start());
                } catch (RuntimeException e) {
                    server.completeExceptionally(e);
                }
            }, "solr-start");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() throws IOException {
            SolrServer s = server.handle((ok, failed) -> ok).join();
            if (s != null) s.close();
        }
    }

    private static SolrServer start() {
        Path parent = Path.of(System.getProperty("crosscheck.solr.dir", "target/crosscheck-solr"));
        try {
            SolrServer solr = SolrServer.start(parent.resolve(Long.toString(ProcessHandle.current().pid())));
            System.out.printf("solr %s started in %d ms%n", solr.url(), solr.startTime().toMillis());
            return solr;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
