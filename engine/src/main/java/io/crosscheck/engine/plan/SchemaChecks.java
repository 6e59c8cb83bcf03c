package io.crosscheck.engine.plan;

import io.crosscheck.engine.schema.SchemaValidator;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepHandler;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The JSON Schema checks of one planning pass, made on a thread of their own while the planning thread parses the
 * same documents: a sixth of the time planning a large file takes. Each check starts at once and is waited for only
 * where its violations are added, so they land in the problems in the order a check made in place gives them.
 */
final class SchemaChecks implements AutoCloseable {
    private final CompletableFuture<SchemaValidator> scenarios;
    private final ExecutorService thread;

    /** {@code scenarios}: the scenario schema, possibly still being built. */
    SchemaChecks(CompletableFuture<SchemaValidator> scenarios) {
        this.scenarios = scenarios;
        // the config schema adds the evidence kinds the context class loader finds, as on the planning thread
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "crosscheck-schema");
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        });
    }

    /** The violations of a scenario document, see {@link SchemaValidator#find}. */
    Supplier<Consumer<Problems>> document(ConfigNode document) {
        return awaited(scenarios.thenApplyAsync(schema -> schema.find(document), thread));
    }

    /** The violations of crosscheck.yaml against the config schema of these handlers' sections. */
    Supplier<Consumer<Problems>> configFile(Path file, String displayName, Map<String, Map<String, StepHandler<?>>> handlers) {
        return awaited(CompletableFuture.supplyAsync(() -> SchemaValidator.config(handlers).findInFile(file, displayName), thread));
    }

    private static <T> Supplier<T> awaited(CompletableFuture<T> future) {
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw e;
            }
        };
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
