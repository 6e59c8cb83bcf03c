package io.crosscheck.engine.run;

import io.crosscheck.engine.model.Environment;
import io.crosscheck.engine.load.YamlNode;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.ConnectionConfig;
import io.crosscheck.engine.spi.step.ConnectionFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Run-wide clients: one per (kind, name) connection and per shared key, opened lazily on first use, shared by
 * all scenarios, closed once at the end in reverse order of opening.
 */
public final class RunResources implements AutoCloseable {
    private final Environment environment;
    private final Map<String, CompletableFuture<Object>> open = new ConcurrentHashMap<>();
    private final List<Object> openingOrder = Collections.synchronizedList(new ArrayList<>());

    public RunResources(Environment environment) {
        this.environment = environment;
    }

    /** @param render renders the connection's properties (templates, secrets) in the caller's scope */
    @SuppressWarnings("unchecked")
    public <T> T connection(String kind, String name, ConnectionFactory<T> factory,
                            UnaryOperator<Map<String, Object>> render) throws Exception {
        Map<String, Object> section = environment.section(kind);
        String resolved = name;
        if (resolved == null) {
            if (section.size() != 1) {
                throw new IllegalStateException(section.isEmpty()
                        ? "no " + kind + " connection is configured in environment '" + environment.name() + "'"
                        : "several " + kind + " connections are configured (" + String.join(", ", section.keySet())
                        + "): name the one to use");
            }
            resolved = section.keySet().iterator().next();
        }
        Object props = section.get(resolved);
        if (!(props instanceof Map<?, ?> raw)) {
            throw new IllegalStateException("unknown " + kind + " connection '" + resolved + "' in environment '"
                    + environment.name() + "'");
        }
        String connectionName = resolved;
        return (T) once(kind + "/" + resolved, () -> {
            return factory.open(connectionConfig(kind, connectionName, render.apply((Map<String, Object>) raw)));
        });
    }

    /** A connection's rendered properties as its factory receives them: plain, and as a node to bind. */
    public static ConnectionConfig connectionConfig(String kind, String name, Map<String, Object> rendered) {
        return new ConnectionConfig(kind, name, rendered, YamlNode.plain(Position.UNKNOWN, rendered));
    }

    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Callable<T> factory) throws Exception {
        return (T) once("shared/" + key, factory);
    }

    /** Opens per key at most once; a failed open is forgotten so that a later step may try again. */
    private Object once(String key, Callable<?> factory) throws Exception {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> existing = open.putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return existing.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        try {
            Object created = factory.call();
            openingOrder.add(created);
            mine.complete(created);
            return created;
        } catch (Exception | Error e) {
            open.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    @Override
    public void close() {
        List<Object> toClose;
        synchronized (openingOrder) {
            toClose = new ArrayList<>(openingOrder);
            openingOrder.clear();
        }
        Collections.reverse(toClose);
        for (Object o : toClose) {
            if (o instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing at the end of the run: nothing left to report it to
                }
            }
        }
        open.clear();
    }
}
