package io.crosscheck.steps.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The run's OkHttp clients, one per distinct {@link ClientOptions}, all sharing one connection pool and one
 * dispatcher; closed at the end of the run, which stops their threads and drops their idle connections.
 */
final class HttpClients implements AutoCloseable {
    /** The key of the run-wide object in {@code StepContext.shared}. */
    static final String KEY = "okhttp";

    private final OkHttpClient base = builder().build();
    private final Map<ClientOptions, OkHttpClient> clients = new ConcurrentHashMap<>();

    /** Builds a client like the run's and drops it, which starts no thread; see {@link CallHandler#warmUp}. */
    static void warmUp() {
        builder().build();
    }

    private static OkHttpClient.Builder builder() {
        return new OkHttpClient.Builder()
            // A server may close a connection while it sits in the pool (HTTP/1.0 servers after every response,
            // Node after keepAliveTimeout); its next use then fails before the server saw the request. OkHttp sends
            // the request again on a new connection for every method, as long as the body can be sent twice: ours
            // are in memory or files, never one-shot. With a single route it does not retry a failure on a fresh connection.
            .retryOnConnectionFailure(true)
            // each call's own timeout bounds the whole exchange, body included (see CallHandler)
            .readTimeout(Duration.ZERO)
            .writeTimeout(Duration.ZERO);
    }

    /** The client for these options; a bad PEM or proxy fails here, each time it is asked for, never cached. */
    OkHttpClient client(ClientOptions options) throws IOException, GeneralSecurityException {
        OkHttpClient client = clients.get(options);
        if (client != null) return client;
        OkHttpClient.Builder b = base.newBuilder().followRedirects(options.followRedirects());
        TlsSetup.apply(b, options.tls());
        if (options.proxy() != null) proxy(b, options.proxy());
        OkHttpClient built = b.build();
        OkHttpClient raced = clients.putIfAbsent(options, built);
        return raced != null ? raced : built;
    }

    private static void proxy(OkHttpClient.Builder b, String proxy) {
        HttpUrl url = HttpUrl.parse(proxy.contains("://") ? proxy : "http://" + proxy);
        if (url == null) throw new IllegalArgumentException("http.proxy: '" + proxy + "' is not a proxy address (http://host:port)");
        b.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(url.host(), url.port())));
        if (!url.username().isEmpty()) {
            String credentials = Credentials.basic(url.username(), url.password());
            b.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null ? null
                    : response.request().newBuilder().header("Proxy-Authorization", credentials).build());
        }
    }

    @Override
    public void close() {
        base.dispatcher().executorService().shutdown();
        base.connectionPool().evictAll();
    }
}
