package io.crosscheck.testkit.solr;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node Solr 9 serving HTTP on 127.0.0.1, running in its own JVM. Cores ("collections") use the
 * {@code crosscheck} config set: log fields {@code id, ts, level, service, traceId, message} and the dynamic
 * fields {@code *_s *_ss *_t *_i *_l *_d *_b *_dt}. Get one with {@link SolrExtension}.
 */
public final class SolrServer implements AutoCloseable {
    /** The core every server starts with. */
    public static final String LOGS = "logs";

    private final Process process;
    private final int port;
    private final Path dir;
    private final Duration startTime;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SolrServer(Process process, int port, Path dir, Duration startTime) {
        this.process = process;
        this.port = port;
        this.dir = dir;
        this.startTime = startTime;
    }

    /** Starts a Solr whose home, data and log live in {@code dir}, with the {@code logs} core and any more. */
    public static SolrServer start(Path dir, String... cores) throws IOException {
        List<String> all = Stream.concat(Stream.of(LOGS), Stream.of(cores)).distinct().toList();
        return SolrLauncher.start(dir.toAbsolutePath(), all, Duration.ofSeconds(180));
    }

    /** From launching the JVM to Solr serving its cores. */
    public Duration startTime() {
        return startTime;
    }

    public int port() {
        return port;
    }

    /** The base URL SolrJ clients take: {@code http://127.0.0.1:PORT/solr}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/solr";
    }

    /** Where Solr's output goes (warnings and errors). */
    public Path logFile() {
        return dir.resolve("solr.log");
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /**
     * Creates a core with the {@code crosscheck} config set, so that a test has a collection of its own.
     * Creating one that exists is not an error.
     */
    public void createCollection(String name) throws IOException {
        String enc = URLEncoder.encode(name, StandardCharsets.UTF_8);
        if (get("/admin/cores?action=STATUS&wt=json&core=" + enc).body().contains("\"instanceDir\"")) return;
        HttpResponse<String> response = get("/admin/cores?action=CREATE&configSet=crosscheck&name=" + enc
                + "&instanceDir=" + enc + "&wt=json");
        if (response.statusCode() != 200) {
            throw new IOException("cannot create Solr core '" + name + "': HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    /** Deletes every document of a collection and commits. */
    public void clear(String collection) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/" + collection + "/update?commit=true"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"delete\":{\"query\":\"*:*\"}}")).build());
        if (response.statusCode() != 200) {
            throw new IOException("cannot clear Solr core '" + collection + "': HTTP " + response.statusCode());
        }
    }

    /** Stops Solr at once (its data is throwaway) and deletes its folder. */
    @Override
    public void close() throws IOException {
        try {
            process.getOutputStream().close(); // the server exits when its stdin closes
        } catch (IOException ignored) {
            // it is being killed anyway
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!Boolean.getBoolean("crosscheck.solr.keep")) deleteTree(dir.resolve("home"));
    }

    private HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create(url() + path);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Override
    public String toString() {
        return "Solr at " + url();
    }
}
