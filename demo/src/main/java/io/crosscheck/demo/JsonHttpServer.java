package io.crosscheck.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JSON-over-HTTP service on the JDK's HttpServer, on a free port of 127.0.0.1. Routes are
 * {@code METHOD /path/{param}}; each request is logged to the service log with its trace id
 * (the {@code traceparent}'s, else the {@code X-Trace-Id} header, else a new one; echoed in {@code X-Trace-Id}).
 */
final class JsonHttpServer implements AutoCloseable {
    /** A route's code. */
    interface Route {
        HttpReply handle(HttpRequestData request) throws Exception;
    }

    /** Thrown by a route for a request it cannot serve: answered with the status and message. */
    static final class HttpError extends RuntimeException {
        final int status;

        HttpError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private record Entry(String method, String[] segments, Route route) {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads;
    private final ServiceLog log;
    private final List<Entry> routes = new ArrayList<>();

    JsonHttpServer(String name, ServiceLog log) throws IOException {
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "demo-" + name + "-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::serve);
    }

    JsonHttpServer route(String method, String pattern, Route route) {
        routes.add(new Entry(method, pattern.substring(1).split("/"), route));
        return this;
    }

    JsonHttpServer start() {
        server.start();
        return this;
    }

    /** {@code http://127.0.0.1:PORT}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String traceId = Traceparent.traceId(exchange.getRequestHeaders().getFirst(Traceparent.HEADER),
                exchange.getRequestHeaders().getFirst("X-Trace-Id"));
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        HttpReply reply;
        try {
            reply = dispatch(exchange, method, path, traceId);
        } catch (HttpError e) {
            reply = HttpReply.error(e.status, e.getMessage());
        } catch (Exception e) {
            log.error(traceId, method + " " + path + " failed: " + e);
            reply = HttpReply.error(500, "internal error: " + e.getMessage());
        }
        log.info(traceId, method + " " + exchange.getRequestURI() + " -> " + reply.status());
        send(exchange, reply, traceId);
    }

    private HttpReply dispatch(HttpExchange exchange, String method, String path, String traceId) throws Exception {
        String[] segments = path.substring(1).split("/");
        boolean pathKnown = false;
        for (Entry e : routes) {
            Map<String, String> params = match(e.segments(), segments);
            if (params == null) continue;
            pathKnown = true;
            if (!e.method().equals(method)) continue;
            HttpRequestData request = new HttpRequestData(params, query(exchange.getRequestURI().getRawQuery()),
                    headers(exchange), body(exchange.getRequestBody()), traceId);
            return e.route().handle(request);
        }
        return pathKnown ? HttpReply.error(405, method + " is not allowed on " + path)
                : HttpReply.error(404, "no such resource: " + path);
    }

    private static Map<String, String> match(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) return null;
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith("{")) params.put(pattern[i].substring(1, pattern[i].length() - 1), decode(segments[i]));
            else if (!pattern[i].equals(segments[i])) return null;
        }
        return params;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return query;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) query.put(decode(pair), "");
            else query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return query;
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        return headers;
    }

    private static JsonNode body(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length == 0) return MissingNode.getInstance();
        try {
            return JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new HttpError(400, "the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static void send(HttpExchange exchange, HttpReply reply, String traceId) throws IOException {
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("X-Trace-Id", traceId);
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            exchange.close();
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
