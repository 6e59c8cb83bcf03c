package io.crosscheck.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The demo system, started from its own jar ({@code crosscheck-demo.jar}: the services, the embedded Kafka broker,
 * H2 and the Solr launcher) in a class loader of its own, so the CLI's jar carries none of it. The loader's parent
 * is the platform loader: the demo's libraries never meet the CLI's, whatever their versions. The only types
 * crossing the boundary are the JDK's ({@link Path}, {@link String}, {@link Duration}).
 */
final class DemoJar implements AutoCloseable {
    /** The environment variable holding Billing's API token (the demo's {@code DemoSystem.TOKEN_VARIABLE}). */
    static final String TOKEN_VARIABLE = "DEMO_API_TOKEN";
    /** A system property naming the jar; without it the jar is looked for beside the CLI's. */
    static final String PROPERTY = "crosscheck.demo.jar";
    static final String FILE = "crosscheck-demo.jar";
    private static final String SYSTEM_CLASS = "io.crosscheck.demo.DemoSystem";

    private final URLClassLoader loader;
    private final Object system;

    private DemoJar(URLClassLoader loader, Object system) {
        this.loader = loader;
        this.system = system;
    }

    /**
     * Starts the demo system with its data under {@code dataDir}, Billing accepting {@code apiToken}, and the
     * demo's {@code switches} ({@code culprit}: one service broken on purpose).
     */
    static DemoJar start(Path dataDir, String apiToken, Set<String> switches) throws Exception {
        Path jar = locate();
        URLClassLoader loader = new URLClassLoader("crosscheck-demo", new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        try {
            Object system = inside(loader, () -> loader.loadClass(SYSTEM_CLASS)
                    .getMethod("start", Path.class, String.class, Set.class).invoke(null, dataDir, apiToken, switches));
            return new DemoJar(loader, system);
        } catch (Exception | Error e) {
            loader.close();
            throw e;
        }
    }

    /** From nothing to every service up. */
    Duration startTime() throws Exception {
        return (Duration) call("startTime");
    }

    /** What the start time went to, e.g. {@code Kafka 6.1 s and Solr 9.8 s, side by side}. */
    String startDetail() throws Exception {
        return (String) call("startDetail");
    }

    /** The {@code crosscheck.yaml} that reaches the system (environment {@code demo}). */
    String crosscheckYaml() throws Exception {
        return (String) call("crosscheckYaml");
    }

    String apiToken() throws Exception {
        return (String) call("apiToken");
    }

    /** Stops the system; a second call does nothing. */
    @Override
    public void close() throws Exception {
        try {
            call("close");
        } finally {
            loader.close();
        }
    }

    private Object call(String method) throws Exception {
        return inside(loader, () -> system.getClass().getMethod(method).invoke(system));
    }

    /**
     * Runs {@code action} with the demo's loader as the thread's context loader: Kafka loads classes named in its
     * configuration through it, and the threads the demo starts inherit it. A reflective call's own exception is
     * thrown as is.
     */
    private static <T> T inside(ClassLoader loader, Callable<T> action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.call();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * {@value #PROPERTY}, else {@value #FILE} beside the CLI's jar, else the demo module's build output in the
     * source tree ({@code cli/target/../../demo/target}), where {@code ./crosscheck} builds it.
     */
    static Path locate() throws IOException {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            Path jar = Path.of(named);
            if (!Files.isRegularFile(jar)) throw new IOException(PROPERTY + " names no file: " + jar);
            return jar;
        }
        Path base = cliLocation();
        List<Path> candidates = List.of(base.resolve(FILE), base.resolve("../../demo/target/" + FILE).normalize());
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IOException(
                "the demo system's jar is not built: none of " + candidates + "; build it with"
                        + " ./mvnw -B -DskipTests -pl demo -am package (./crosscheck demo does)"));
    }

    /** The folder of the CLI's jar ({@code cli/target}); for a classes folder, its parent. */
    private static Path cliLocation() throws IOException {
        try {
            return Path.of(DemoJar.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the CLI's jar", e);
        }
    }
}
