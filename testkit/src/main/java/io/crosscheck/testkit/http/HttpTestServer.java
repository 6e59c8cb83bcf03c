package io.crosscheck.testkit.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's HttpServer) on a free port. Routes are {@code "METHOD /path"} →
 * handler; the request body is available to handlers; unknown routes answer 404.
 */
public final class HttpTestServer implements AutoCloseable {

    /** Answers one exchange. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange, String requestBody) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "http-test-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    private HttpTestServer(HttpServer server) {
        this.server = server;
    }

    public static HttpTestServer start() throws IOException {
        // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a request
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        HttpTestServer s = new HttpTestServer(http);
        http.createContext("/", s::dispatch);
        http.setExecutor(s.threads);
        http.start();
        return s;
    }

    public HttpTestServer route(String methodAndPath, Route route) {
        routes.put(methodAndPath, route);
        return this;
    }

    /** A route answering a fixed JSON text. */
    public HttpTestServer json(String methodAndPath, int status, String json) {
        return route(methodAndPath, (ex, body) -> respond(ex, status, "application/json", json));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Route route = routes.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            if (route == null) {
                respond(exchange, 404, "text/plain", "no route " + exchange.getRequestURI().getPath());
                return;
            }
            route.handle(exchange, body);
        } catch (Exception e) {
            respond(exchange, 500, "text/plain", String.valueOf(e));
        }
    }

    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
