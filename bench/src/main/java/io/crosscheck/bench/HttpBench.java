package io.crosscheck.bench;

import com.jayway.jsonpath.JsonPath;
import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.testkit.http.HttpTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The call step against plain OkHttp on one local HTTP server.
 * (1) Fixed cost: `crosscheck run` of a one-step scenario vs a plain Java program making one OkHttp call, both as
 *     whole processes (median of runs). (2) Per-step overhead: 2,000 sequential call steps with one JSONPath
 *     expect each vs the same loop in OkHttp + Jayway, in one warm JVM.
 */
public final class HttpBench {
    private static final int STEPS = 2_000;

    public static void main(String[] args) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path jar = repo.resolve("cli/target/crosscheck.jar");
        try (HttpTestServer server = HttpTestServer.start()
                .json("GET /customers/42", 200, "{\"id\": 42, \"email\": \"a@example.com\", \"is_active\": true}")) {
            Path project = Files.createTempDirectory("httpbench");
            Files.writeString(project.resolve("crosscheck.yaml"),
                    "environments:\n  local:\n    http: { baseUrl: " + server.url() + " }\n");
            Path one = Files.createDirectories(project.resolve("one"));
            Files.writeString(one.resolve("one.yaml"), "scenario: one call\nsteps:\n  - call: { url: /customers/42 }\n"
                    + "    expect: { status: 200 }\n");
            fixedCost(jar, one, server.url() + "/customers/42");
            perStep(project, server.url() + "/customers/42");
        }
    }

    private static void fixedCost(Path jar, Path scenarioDir, String url) throws Exception {
        if (!Files.isRegularFile(jar)) {
            System.out.println("fixed cost: skipped, build the CLI first (./crosscheck --version)");
            return;
        }
        String cp = System.getProperty("java.class.path");
        String out = scenarioDir.resolve("out").toString();
        Path launcher = jar.getParent().getParent().getParent().resolve("crosscheck");
        List<String> tool = List.of(launcher.toString(), "run", scenarioDir.toString(), "--report-dir", out);
        List<String> plainJar = List.of("java", "-jar", jar.toString(), "run", scenarioDir.toString(), "--report-dir", out);
        List<String> raw = List.of("java", "-cp", cp, RawHttpCall.class.getName(), url);
        for (int i = 0; i < 2; i++) {   // warm the OS caches; the launcher's first run writes its class-data archive
            time(tool);
            time(plainJar);
            time(raw);
        }
        long[] t = new long[7];
        long[] j = new long[7];
        long[] r = new long[7];
        for (int i = 0; i < t.length; i++) {
            t[i] = time(tool);
            j[i] = time(plainJar);
            r[i] = time(raw);
        }
        long rm = Medians.of(r);
        System.out.printf("fixed cost (whole process, median of %d): ./crosscheck run %d ms, java -jar crosscheck.jar run %d ms, "
                + "plain OkHttp program %d ms; ratio %.2f (launcher), %.2f (plain jar)%n",
                t.length, Medians.of(t), Medians.of(j), rm, (double) Medians.of(t) / rm, (double) Medians.of(j) / rm);
    }

    private static void perStep(Path project, String url) throws Exception {
        Path many = Files.createDirectories(project.resolve("many"));
        StringBuilder yaml = new StringBuilder("scenario: many calls\nsteps:\n");
        for (int i = 0; i < STEPS; i++) {
            yaml.append("  - call: { url: /customers/42 }\n    expect: { $.body.id: 42 }\n");
        }
        Files.writeString(many.resolve("many.yaml"), yaml);
        OkHttpClient client = new OkHttpClient();
        for (int round = 0; round < 3; round++) {   // the last round counts; the first ones warm the JIT
            long t0 = System.nanoTime();
            Crosscheck prepared = Crosscheck.prepare(RunOptions.of(many));   // load + validate 2,000 steps
            long prepare = System.nanoTime() - t0;
            long tr = System.nanoTime();
            RunResult result = prepared.run();
            long tool = System.nanoTime() - tr;
            if (!result.passed()) throw new IllegalStateException("scenario failed: " + result.scenarios().get(0).message());
            long t1 = System.nanoTime();
            int ok = 0;
            for (int i = 0; i < STEPS; i++) {
                try (Response r = client.newCall(new Request.Builder().url(url).build()).execute()) {
                    Object id = JsonPath.read(r.body().string(), "$.id");
                    if (r.code() == 200 && Integer.valueOf(42).equals(id)) ok++;
                }
            }
            long rawNs = System.nanoTime() - t1;
            if (ok != STEPS) throw new IllegalStateException("raw loop saw " + ok + " good answers");
            if (round == 2) {
                System.out.printf("per step (%d sequential calls + JSONPath expect): crosscheck run %.1f ms (%.3f ms/step), "
                        + "OkHttp + Jayway %.1f ms (%.3f ms/step), ratio %.2f; loading and validating the %d-step file "
                        + "before it: %.1f ms (ratio with it %.2f)%n", STEPS, tool / 1e6, tool / 1e6 / STEPS,
                        rawNs / 1e6, rawNs / 1e6 / STEPS, (double) tool / rawNs, STEPS, prepare / 1e6,
                        (double) (tool + prepare) / rawNs);
            }
        }
        client.dispatcher().executorService().shutdown();
    }

    private static long time(List<String> command) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
