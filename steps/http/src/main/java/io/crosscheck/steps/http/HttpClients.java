package io.crosscheck.steps.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;

/**
 * The run's OkHttp clients, one per distinct {@link ClientOptions}, all sharing one connection pool and one
 * dispatcher; closed at the end of the run, which stops their threads and drops their idle connections.
 */
final class HttpClients implements AutoCloseable {
    /** The key of the run-wide object in {@code StepContext.shared}. */
    static final String KEY = "okhttp";

    private final OkHttpClient base = new OkHttpClient.Builder()
            // A server may close a connection while it sits in the pool (HTTP/1.0 servers after every response,
            // Node after keepAliveTimeout); its next use then fails before the server saw the request. OkHttp sends
            // the request again on a new connection for every method, as long as the body can be sent twice: ours
            // are in memory, never one-shot. With a single route it does not retry a failure on a fresh connection.
            .retryOnConnectionFailure(true)
            // each call's own timeout bounds the whole exchange, body included (see CallHandler)
            .readTimeout(Duration.ZERO)
            .writeTimeout(Duration.ZERO)
            .build();
    private final Map<ClientOptions, OkHttpClient> clients = new ConcurrentHashMap<>();

    OkHttpClient client(ClientOptions options) {
        return clients.computeIfAbsent(options, o -> base.newBuilder().followRedirects(o.followRedirects()).build());
    }

    @Override
    public void close() {
        base.dispatcher().executorService().shutdown();
        base.connectionPool().evictAll();
    }
}
