package io.crosscheck.testkit.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one lifecycle of every testkit server: one per test JVM, started on first use on a background thread (so
 * several servers boot side by side), waited for by whoever needs it, stopped when the test run ends (by
 * {@link TestServerExtension}) or when the JVM exits, whichever comes first. A failed start is remembered:
 * every later caller gets the same failure at once instead of waiting again.
 *
 * @param <S> the server; closing it stops it
 */
public final class TestServer<S extends AutoCloseable> {
    private final String name;
    private final Class<S> type;
    private final Callable<S> start;
    private CompletableFuture<S> running;
    private boolean hooked;

    /** {@code name} is for messages ("Kafka broker"); {@code start} starts a new server and returns it once it serves. */
    public TestServer(String name, Class<S> type, Callable<S> start) {
        this.name = name;
        this.type = type;
        this.start = start;
    }

    public Class<S> type() {
        return type;
    }

    /** Begins the start in the background unless it has begun; returns at once. */
    public synchronized CompletableFuture<S> starting() {
        if (running == null) {
            CompletableFuture<S> future = new CompletableFuture<>();
            running = future;
            Thread t = new Thread(() -> run(future), name.toLowerCase().replace(' ', '-') + "-start");
            t.setDaemon(true);
            t.start();
            if (!hooked) {
                hooked = true;
                Runtime.getRuntime().addShutdownHook(new Thread(this::close, name.toLowerCase().replace(' ', '-') + "-stop"));
            }
        }
        return running;
    }

    /** The JVM's server, started on first call; waits until it serves. */
    public S get() {
        try {
            return starting().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Stops the server if one was started (waiting for a start under way); the next {@link #get()} starts anew. */
    public void close() {
        CompletableFuture<S> stopping;
        synchronized (this) {
            stopping = running;
            running = null;
        }
        if (stopping == null) return;
        S server = stopping.handle((ok, failed) -> ok).join();
        if (server == null) return;
        try {
            server.close();
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            // throwaway data: a server that does not stop cleanly is killed with the JVM
        }
    }

    private void run(CompletableFuture<S> future) {
        try {
            long t0 = System.nanoTime();
            S server = start.call();
            System.out.printf("%s started in %d ms%n", name, (System.nanoTime() - t0) / 1_000_000);
            future.complete(server);
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            future.completeExceptionally(new IllegalStateException("could not start the test " + name + ": " + e.getMessage(), e));
        } catch (Error e) {
            future.completeExceptionally(e);
        }
    }

    @Override
    public String toString() {
        return "test " + name;
    }
}
