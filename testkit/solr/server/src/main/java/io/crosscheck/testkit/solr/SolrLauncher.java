package io.crosscheck.testkit.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts the Solr launcher ({@code io.crosscheck.testkit.solr.server.SolrMain}) in a separate JVM. Its classpath
 * is the launcher jar plus the list of Solr's jars that the launcher module resolved when it was built.
 */
final class SolrLauncher {
    static final String MAIN = "io.crosscheck.testkit.solr.server.SolrMain";
    static final String READY = "CROSSCHECK-SOLR-READY ";
    private static final String CLASSPATH_RESOURCE = "/io/crosscheck/testkit/solr/server/solr.classpath";

    private SolrLauncher() {
    }

    /** Starts Solr with its home in {@code dir}, waits until it serves, and returns the process and its port. */
    static SolrServer start(Path dir, List<String> cores, Duration timeout) throws IOException {
        Files.createDirectories(dir);
        Path log = dir.resolve("solr.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+PerfDisableSharedMem",
                "-Djava.net.preferIPv4Stack=true",
                "-cp", classpath(), MAIN, dir.resolve("home").toString(), "0"));
        command.addAll(cores);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pump(process.getInputStream(), log, ready), "solr-log");
        pump.setDaemon(true);
        pump.start();
        try {
            int port = ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new SolrServer(process, port, dir, Duration.ofNanos(System.nanoTime() - started));
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
            throw new IOException("Solr did not start within " + timeout.toSeconds() + " s; its log: " + log
                    + "\n" + tail(log), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Solr was starting", e);
        }
    }

    /** Copies the server's output to the log file and completes {@code ready} with the port it announces. */
    private static void pump(InputStream out, Path log, CompletableFuture<Integer> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
             Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                w.write(line);
                w.write('\n');
                w.flush();
                if (line.startsWith(READY)) ready.complete(Integer.parseInt(line.substring(READY.length()).trim()));
            }
            ready.completeExceptionally(new IOException("Solr exited before it was ready"));
        } catch (IOException | RuntimeException e) {
            ready.completeExceptionally(e);
        }
    }

    /** The launcher jar (or classes folder) followed by every jar Solr needs, each checked to exist. */
    static String classpath() throws IOException {
        URL resource = SolrLauncher.class.getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IOException("crosscheck-testkit-solr-server is not on the classpath (" + CLASSPATH_RESOURCE + " missing)");
        }
        String jars;
        try (InputStream in = resource.openStream()) {
            jars = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        for (String jar : jars.split(java.io.File.pathSeparator)) {
            if (!jar.isBlank() && !Files.exists(Path.of(jar))) {
                throw new IOException("Solr's classpath names a missing file " + jar
                        + "; rebuild the launcher: ./mvnw install -pl testkit/solr/server");
            }
        }
        return launcherLocation(resource) + java.io.File.pathSeparator + jars;
    }

    private static String launcherLocation(URL resource) throws IOException {
        try {
            if ("jar".equals(resource.getProtocol())) {
                URL jar = ((JarURLConnection) resource.openConnection()).getJarFileURL();
                return Path.of(jar.toURI()).toString();
            }
            String path = Path.of(resource.toURI()).toString();
            return path.substring(0, path.length() - CLASSPATH_RESOURCE.length());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the Solr launcher from " + resource, e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }
}
