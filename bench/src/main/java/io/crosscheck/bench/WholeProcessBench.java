package io.crosscheck.bench;

import io.crosscheck.testkit.http.HttpTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole processes as a user runs them: W2 (one GET) and W1 (sequential GETs of {@code /customers/{n}}, each
 * expecting {@code status: 200} and one JSONPath field) at 200, 2,000 and 10,000 steps, through {@code ./crosscheck}
 * and, on W2, the plain {@code java -jar cli/target/crosscheck.jar}, each against {@link RawHttpCall} (OkHttp +
 * Jayway JsonPath) making the same calls. Every round runs each command once, in turn (A B A B), so the machine's
 * load hits both sides alike; prints medians, ratios, peak RSS (from {@code /usr/bin/time}) and, from the 200 and
 * largest sizes, the time and memory each further step costs.
 *
 * <p>Arguments: {@code [ROUNDS [SIZE...]]}, default 7 rounds at 200, 2000 and 10000 steps.
 */
public final class WholeProcessBench {
    private static final int CUSTOMERS = 200;

    /** One process to time: its label and command line. */
    private record Command(String label, List<String> argv) {}

    /** Medians of one command over the rounds. */
    private record Figures(long ms, long rssKb) {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {200, 2_000, 10_000};
        Path root = Path.of("").toAbsolutePath();
        Path jar = root.resolve("cli/target/crosscheck.jar");
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("build the CLI first: ./crosscheck --version");
        forgetClassDataArchives(jar.getParent());
        HttpTestServer server = HttpTestServer.start();
        for (int n = 1; n <= CUSTOMERS; n++) {
            server.json("GET /customers/" + n, 200, "{\"id\": " + n + ", \"email\": \"c" + n + "@example.com\", \"is_active\": true}");
        }
        try (server) {
            Path project = Files.createTempDirectory("wholeprocess");
            Files.writeString(project.resolve("crosscheck.yaml"), "environments:\n  local:\n    http: { baseUrl: " + server.url() + " }\n");
            System.out.printf("%d rounds, load average %s%n", rounds, Files.readString(Path.of("/proc/loadavg")).trim());
            Map<Integer, Figures[]> bySize = new LinkedHashMap<>();
            bySize.put(1, measure("W2 (1 GET)", root, jar, project, server.url(), 1, rounds, true));
            for (int size : sizes) bySize.put(size, measure("W1 (" + size + " GETs)", root, jar, project, server.url(), size, rounds, false));
            perStep(bySize, sizes);
        }
    }

    private static Figures[] measure(String title, Path root, Path jar, Path project, String url, int size, int rounds,
                                     boolean plainJar) throws Exception {
        Path dir = Files.createDirectories(project.resolve("s" + size));
        StringBuilder yaml = new StringBuilder("scenario: " + size + " calls\nsteps:\n");
        for (int i = 0; i < size; i++) {
            int n = i % CUSTOMERS + 1;
            yaml.append("  - call: { url: /customers/").append(n).append(" }\n    expect: { status: 200, $.body.id: ").append(n).append(" }\n");
        }
        Files.writeString(dir.resolve("calls.yaml"), yaml);
        List<String> run = List.of("run", dir.toString(), "--report-dir", dir.resolve("out").toString());
        List<Command> commands = new ArrayList<>();
        commands.add(new Command("./crosscheck", concat(List.of(root.resolve("crosscheck").toString()), run)));
        if (plainJar) commands.add(new Command("java -jar", concat(List.of("java", "-jar", jar.toString()), run)));
        commands.add(new Command("raw", List.of("java", "-cp", rawClassPath(),
                RawHttpCall.class.getName(), url + "/customers/", String.valueOf(size), "$.id", String.valueOf(CUSTOMERS))));
        long[][] ms = new long[commands.size()][rounds];
        long[][] rss = new long[commands.size()][rounds];
        for (Command c : commands) time(c.argv(), new long[1]);   // warms the OS caches; the first run records the class-data archive
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < commands.size(); i++) {
                long[] peak = new long[1];
                ms[i][round] = time(commands.get(i).argv(), peak);
                rss[i][round] = peak[0];
            }
        }
        Figures[] figures = new Figures[commands.size()];
        for (int i = 0; i < commands.size(); i++) figures[i] = new Figures(Medians.of(ms[i]), Medians.of(rss[i]));
        Figures raw = figures[commands.size() - 1];
        StringBuilder line = new StringBuilder(String.format("%-17s raw %6d ms %4d MB", title, raw.ms(), raw.rssKb() / 1024));
        for (int i = 0; i < commands.size() - 1; i++) {
            line.append(String.format(" | %s %6d ms %4d MB = %.2f× raw", commands.get(i).label(), figures[i].ms(),
                    figures[i].rssKb() / 1024, (double) figures[i].ms() / raw.ms()));
        }
        System.out.println(line);
        return new Figures[] {figures[0], raw};
    }

    /** What each step beyond the smallest W1 costs: the slope between the smallest and the largest size. */
    private static void perStep(Map<Integer, Figures[]> bySize, int[] sizes) {
        int small = Arrays.stream(sizes).min().orElseThrow(), large = Arrays.stream(sizes).max().orElseThrow();
        if (small == large) return;
        Figures[] a = bySize.get(small), b = bySize.get(large);
        double steps = large - small;
        double cc = (b[0].ms() - a[0].ms()) / steps, raw = (b[1].ms() - a[1].ms()) / steps;
        System.out.printf("per step %d -> %d: ./crosscheck %.3f ms, raw %.3f ms = %.2f× raw%n", small, large, cc, raw, cc / raw);
        System.out.printf("memory per step %d -> %d (peak RSS): ./crosscheck %.1f KB, raw %.1f KB%n", small, large,
                (b[0].rssKb() - a[0].rssKb()) / steps, (b[1].rssKb() - a[1].rssKb()) / steps);
    }

    /** Only the jars the raw program needs, as its author would ship it: a long class path slows start-up. */
    private static String rawClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.endsWith(".jar") || e.matches(".*/(okhttp|okio|okio-jvm|kotlin-stdlib[-a-z0-9]*|json-path"
                        + "|json-smart|accessors-smart|asm|slf4j-api)-[0-9][^/]*\\.jar"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /**
     * Both ways of starting crosscheck record a class-data archive on their first run and keep it; one recorded by
     * an earlier run of something else (a scenario without HTTP calls) would hold other classes than these workloads
     * load, so each side records its own from this benchmark's first W2.
     */
    private static void forgetClassDataArchives(Path dir) throws java.io.IOException {
        try (var archives = Files.newDirectoryStream(dir, "crosscheck*.jsa")) {
            for (Path archive : archives) Files.delete(archive);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Wall time of one process in ms; its peak RSS in KB (GNU time's %M) goes to {@code peakKb[0]}. */
    private static long time(List<String> command, long[] peakKb) throws Exception {
        Path out = Files.createTempFile("rss", ".txt");
        List<String> timed = concat(List.of("/usr/bin/time", "-f", "%M", "-o", out.toString()), command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException(command + " exited " + p.exitValue());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<String> lines = Files.readAllLines(out);
        peakKb[0] = Long.parseLong(lines.get(lines.size() - 1).trim());
        Files.delete(out);
        return ms;
    }
}
