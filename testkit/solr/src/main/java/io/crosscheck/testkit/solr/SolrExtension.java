package io.crosscheck.testkit.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(SolrExtension.class)} gives tests a {@link SolrServer} parameter (constructor, lifecycle or
 * test method). One Solr per test JVM: started by the first test that asks, stopped when the JUnit run ends.
 * Its folder is {@code target/crosscheck-solr/<pid>} (the system property {@code crosscheck.solr.dir} changes
 * the parent).
 */
public final class SolrExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SolrExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SolrServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** The JVM's Solr, started on first use; the root store closes it at the end of the run. */
    public static SolrServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SolrServer.class, k -> start(), SolrServer.class);
    }

    private static SolrServer start() {
        Path parent = Path.of(System.getProperty("crosscheck.solr.dir", "target/crosscheck-solr"));
        try {
            return SolrServer.start(parent.resolve(Long.toString(ProcessHandle.current().pid())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
