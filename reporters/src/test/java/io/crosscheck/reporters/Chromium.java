package io.crosscheck.reporters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real headless Chromium driven over the DevTools protocol (the JDK's WebSocket, one flattened page session).
 * Installs Debian's {@code chromium} with apt-get when it is missing.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private String session;

    private Chromium(Process process, Path profile, String wsUrl) {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(wsUrl), new Listener()).join();
    }

    static Chromium start() throws Exception {
        ensureInstalled();
        Path profile = Files.createTempDirectory("crosscheck-chromium-");
        Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--mute-audio", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=1400,1000", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long until = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (!p.isAlive()) throw new IOException("chromium exited: " + Files.readString(profile.resolve("chromium.log")));
            if (System.nanoTime() > until) throw new IOException("chromium did not open its DevTools port");
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile);
        Chromium c = new Chromium(p, profile, "ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        c.openPage();
        return c;
    }

    static synchronized void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(BINARY)) return;
        run("apt-get", "update", "-q");
        run("apt-get", "install", "-y", "-q", "chromium");
        if (!Files.isExecutable(BINARY)) throw new IOException("apt-get install chromium did not provide " + BINARY);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        int code = pb.start().waitFor();
        if (code != 0) throw new IOException(String.join(" ", command) + " failed with exit code " + code);
    }

    private void openPage() throws Exception {
        String target = browser("Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        session = browser("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId").asText();
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
        send("Log.enable", Map.of());
    }

    /** Loads a URL and waits for its load event. */
    void navigate(String url) throws Exception {
        int before = eventCount();
        send("Page.navigate", Map.of("url", url));
        awaitEvent("Page.loadEventFired", before);
    }

    /** Evaluates JavaScript in the page (promises awaited) and returns its value as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) throw new IllegalStateException("page threw: " + r.path("exceptionDetails"));
        return r.path("result").path("value");
    }

    /** Polls an expression until it is true. */
    void waitFor(String expression) throws Exception {
        long until = System.nanoTime() + TIMEOUT.toNanos();
        while (!eval("!!(" + expression + ")").asBoolean()) {
            if (System.nanoTime() > until) throw new IllegalStateException("timed out waiting for " + expression);
            Thread.sleep(25);
        }
    }

    /** Types text into the focused element the way a keyboard would (input events fire). */
    void type(String text) throws Exception {
        send("Input.insertText", Map.of("text", text));
    }

    /** A PNG of the whole page at the given width. */
    void screenshot(Path file, int width) throws Exception {
        int height = eval("Math.ceil(document.documentElement.scrollHeight)").asInt();
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", Math.min(height, 16_000),
                "deviceScaleFactor", 1, "mobile", false));
        String data = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true)).path("data").asText();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(data));
        send("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Console errors, uncaught exceptions and browser log errors (e.g. a blocked resource) since the page opened. */
    synchronized List<String> errors() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            String method = e.path("method").asText();
            JsonNode p = e.path("params");
            if (method.equals("Runtime.exceptionThrown")) out.add("exception: " + p.path("exceptionDetails"));
            if (method.equals("Runtime.consoleAPICalled") && p.path("type").asText().matches("error|assert")) out.add("console: " + p.path("args"));
            if (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")) out.add("log: " + p.path("entry"));
        }
        return out;
    }

    synchronized void clearEvents() {
        events.clear();
    }

    private synchronized int eventCount() {
        return events.size();
    }

    private synchronized void awaitEvent(String method, int from) throws InterruptedException {
        long until = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            for (int i = from; i < events.size(); i++) if (events.get(i).path("method").asText().equals(method)) return;
            long left = until - System.nanoTime();
            if (left <= 0) throw new IllegalStateException("timed out waiting for " + method);
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private JsonNode browser(String method, Map<String, Object> params) throws Exception {
        return call(method, params, null);
    }

    JsonNode send(String method, Map<String, Object> params) throws Exception {
        return call(method, params, session);
    }

    private JsonNode call(String method, Map<String, Object> params, String sessionId) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = json.createObjectNode().put("id", id).put("method", method);
        msg.set("params", json.valueToTree(params));
        if (sessionId != null) msg.put("sessionId", sessionId);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(json.writeValueAsString(msg), true).join();
        JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (r.has("error")) throw new IllegalStateException(method + " failed: " + r.path("error"));
        return r.path("result");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode msg = json.readTree(text);
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.path("id").asInt());
                        if (f != null) f.complete(msg);
                    } else {
                        synchronized (Chromium.this) {
                            events.add(msg);
                            Chromium.this.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is going away anyway
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
