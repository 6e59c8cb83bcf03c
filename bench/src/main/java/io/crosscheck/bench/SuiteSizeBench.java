package io.crosscheck.bench;

import io.crosscheck.testkit.http.HttpTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole processes at three suite sizes (1, 200 and 2,000 call steps with a JSONPath expect each): the CLI from the
 * crosscheck jar under the JVM's default flags and under each candidate flag set, against a raw OkHttp + Jayway
 * program making the same calls. Runs alternate A B A B, medians of 5, so the machine's drift hits every column
 * alike. Prints the ratio of each to the raw program: the flags the launcher starts with are chosen from this.
 */
public final class SuiteSizeBench {
    private static final int[] SIZES = {1, 200, 2_000};
    private static final int ROUNDS = 5;
    private static final List<List<String>> FLAGS = List.of(List.of(), List.of("-XX:TieredStopAtLevel=1"),
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), List.of("-XX:+UseSerialGC"));

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("cli/target/crosscheck.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("build the CLI first: ./crosscheck --version");
        try (HttpTestServer server = HttpTestServer.start()
                .json("GET /customers/42", 200, "{\"id\": 42, \"email\": \"a@example.com\", \"is_active\": true}")) {
            Path project = Files.createTempDirectory("suitesize");
            Files.writeString(project.resolve("crosscheck.yaml"), "environments:\n  local:\n    http: { baseUrl: " + server.url() + " }\n");
            for (int size : SIZES) measure(jar, project, server.url() + "/customers/42", size);
        }
    }

    private static void measure(Path jar, Path project, String url, int size) throws Exception {
        Path dir = Files.createDirectories(project.resolve("s" + size));
        StringBuilder yaml = new StringBuilder("scenario: " + size + " calls\nsteps:\n");
        for (int i = 0; i < size; i++) yaml.append("  - call: { url: /customers/42 }\n    expect: { $.body.id: 42 }\n");
        Files.writeString(dir.resolve("calls.yaml"), yaml);
        List<List<String>> commands = new ArrayList<>();
        for (List<String> flags : FLAGS) {
            List<String> c = new ArrayList<>(List.of("java"));
            c.addAll(flags);
            // the CLI's main class itself: `-jar` would start it in a JVM of its own with the launcher's flags
            c.addAll(List.of("-cp", jar.toString(), "io.crosscheck.cli.Main", "run", dir.toString(), "--report-dir", dir.resolve("out").toString()));
            commands.add(c);
        }
        commands.add(List.of("java", "-cp", System.getProperty("java.class.path"), RawHttpCall.class.getName(), url,
                String.valueOf(size), "$.id"));
        long[][] ms = new long[commands.size()][ROUNDS];
        for (List<String> c : commands) time(c);   // warm the OS caches
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < commands.size(); i++) ms[i][round] = time(commands.get(i));
        }
        long raw = Medians.of(ms[commands.size() - 1]);
        StringBuilder line = new StringBuilder(String.format("%5d steps: raw %d ms", size, raw));
        for (int i = 0; i < FLAGS.size(); i++) {
            line.append(String.format("; %s %d ms (%.2f× raw)", FLAGS.get(i).isEmpty() ? "default" : String.join(" ", FLAGS.get(i)),
                    Medians.of(ms[i]), (double) Medians.of(ms[i]) / raw));
        }
        System.out.println(line);
    }

    private static long time(List<String> command) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() > 1) throw new IllegalStateException(command + " exited " + p.exitValue());
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
