package io.crosscheck.testkit.kafka;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts ONE {@link KafkaBroker} per test JVM, on first use, and stops it when the test run ends (it lives in the
 * root context's store). Test classes use it with {@code @ExtendWith(KafkaBrokerExtension.class)} and take the
 * broker as a parameter of a {@code @BeforeAll}/{@code @Test} method; data lives under {@code target/}.
 */
public final class KafkaBrokerExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        broker(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return broker(context);
    }

    /** The JVM's shared broker, started on first call. */
    public static KafkaBroker broker(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("broker", key -> {
            try {
                KafkaBroker broker = KafkaBroker.start(dataParent(), Map.of());
                System.out.printf("kafka broker %s started in %d ms%n", broker.bootstrapServers(), broker.startTime().toMillis());
                return broker;
            } catch (Exception e) {
                throw new IllegalStateException("could not start the test Kafka broker: " + e.getMessage(), e);
            }
        }, KafkaBroker.class);
    }

    private static Path dataParent() {
        Path target = Path.of("target");
        return target.toFile().isDirectory() ? target.resolve("kafka-broker") : Path.of(System.getProperty("java.io.tmpdir"));
    }
}
