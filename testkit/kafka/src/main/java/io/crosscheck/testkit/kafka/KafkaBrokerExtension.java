package io.crosscheck.testkit.kafka;

import io.crosscheck.testkit.server.TestServer;
import io.crosscheck.testkit.server.TestServerExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * ONE {@link KafkaBroker} per test JVM ({@link TestServer}): test classes use it with
 * {@code @ExtendWith(KafkaBrokerExtension.class)} and take the broker as a parameter of a
 * {@code @BeforeAll}/{@code @Test} method; data lives under {@code target/}.
 */
public final class KafkaBrokerExtension extends TestServerExtension<KafkaBroker> {
    private static final TestServer<KafkaBroker> BROKER = new TestServer<>("Kafka broker", KafkaBroker.class,
            () -> KafkaBroker.start(dataParent(), Map.of()));

    public KafkaBrokerExtension() {
        super(BROKER);
    }

    /** The JVM's shared broker, started on first call. */
    public static KafkaBroker broker(ExtensionContext context) {
        return started(BROKER, context).get();
    }

    private static Path dataParent() {
        Path target = Path.of("target");
        return target.toFile().isDirectory() ? target.resolve("kafka-broker") : Path.of(System.getProperty("java.io.tmpdir"));
    }
}
