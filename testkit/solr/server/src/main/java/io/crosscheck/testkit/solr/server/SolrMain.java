package io.crosscheck.testkit.solr.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs a single-node Solr over HTTP on 127.0.0.1 in this JVM: {@code SolrMain HOME PORT CORE...}.
 * Writes a fresh Solr home (solr.xml, the {@code crosscheck} config set, one core per CORE argument), starts
 * Jetty on PORT (0 = any free port), then prints {@value #READY} and the port. Exits when its stdin closes,
 * so the server never outlives the test JVM that started it.
 */
public final class SolrMain {
    public static final String READY = "CROSSCHECK-SOLR-READY ";
    private static final String RESOURCES = "/io/crosscheck/testkit/solr/server/";
    private static final List<String> HOME_FILES = List.of(
            "solr.xml",
            "configsets/crosscheck/conf/solrconfig.xml",
            "configsets/crosscheck/conf/managed-schema.xml",
            "log4j2.xml");

    private SolrMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SolrMain HOME PORT [CORE...]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        writeHome(home, List.of(args).subList(2, args.length));
        exitWhenStdinCloses();

        // before the first Solr class loads: it initializes logging statically
        System.setProperty("log4j2.configurationFile", home.resolve("log4j2.xml").toString());
        System.setProperty("solr.log.dir", home.resolve("logs").toString());
        System.setProperty("solr.solr.home", home.toString());
        JettySolrRunner solr = new JettySolrRunner(home.toString(),
                JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).build());
        solr.start();
        System.out.println(READY + solr.getLocalPort());
        System.out.flush();
        Thread.currentThread().join();
    }

    static void writeHome(Path home, List<String> cores) throws IOException {
        for (String file : HOME_FILES) {
            Path target = home.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = SolrMain.class.getResourceAsStream(RESOURCES + "home/" + file)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String core : cores) {
            Path dir = home.resolve(core);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("core.properties"),
                    "name=" + core + "\nconfigSet=crosscheck\n", StandardCharsets.UTF_8);
        }
    }

    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the launcher never writes; EOF means it is gone
                }
            } catch (IOException ignored) {
                // treated like EOF
            }
            Runtime.getRuntime().halt(0);
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
