package io.crosscheck.engine.spi.step;

/** Opens a client for a connection; the client is closed at the end of the run if it is AutoCloseable. */
@FunctionalInterface
public interface ConnectionFactory<T> {
    T open(ConnectionConfig config) throws Exception;
}
