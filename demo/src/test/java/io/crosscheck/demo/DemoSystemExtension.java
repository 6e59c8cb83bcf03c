package io.crosscheck.demo;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** One {@link DemoSystem} per test JVM, started on first use, data under {@code target/}, closed at the end. */
final class DemoSystemExtension implements ParameterResolver {
    static final String TOKEN = "test-token-7f3a";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DemoSystemExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(DemoSystem.class, k -> {
            try {
                DemoSystem system = DemoSystem.start(Path.of("target", "demo-system"), TOKEN);
                System.out.printf("demo system started in %d ms%n", system.startTime().toMillis());
                return system;
            } catch (Exception e) {
                throw new IllegalStateException("the demo system did not start: " + e, e);
            }
        }, DemoSystem.class);
    }
}
