package io.crosscheck.reporters;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives tests one headless Chromium per test JVM, closed when the JVM's tests are done. */
final class ChromiumExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Chromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot().getStore(NS).getOrComputeIfAbsent("chromium", k -> new Holder(), Holder.class).chromium;
    }

    private static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Chromium chromium;

        Holder() {
            try {
                chromium = Chromium.start();
            } catch (Exception e) {
                throw new IllegalStateException("could not start headless Chromium: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            chromium.close();
        }
    }
}
