package io.crosscheck.steps.http;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.crosscheck.testkit.http.HttpTestServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.tls.HandshakeCertificates;

/**
 * The JDK's HttpsServer on 127.0.0.1 with the given certificates; answers every path with the client certificate's
 * subject ({@code {"client": "CN=..."}} or {@code "none"}). With {@code needClientAuth} a handshake without a
 * client certificate the server trusts is refused.
 */
final class TlsServer implements AutoCloseable {
    private final HttpsServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    TlsServer(HandshakeCertificates certificates, boolean needClientAuth) throws IOException {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(certificates.sslContext()) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = getSSLContext().getDefaultSSLParameters();
                p.setNeedClientAuth(needClientAuth);
                params.setSSLParameters(p);
            }
        });
        server.createContext("/", ex -> {
            String client;
            try {
                Principal peer = ((HttpsExchange) ex).getSSLSession().getPeerPrincipal();
                client = peer.getName();
            } catch (SSLPeerUnverifiedException e) {
                client = "none";
            }
            try (ex) {
                HttpTestServer.respond(ex, 200, "application/json", "{\"client\": \"" + client + "\"}");
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
