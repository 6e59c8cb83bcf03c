package io.crosscheck.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.ReportItem;
import io.crosscheck.engine.spi.report.Reporter;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.reporters.HtmlReporter;
import io.crosscheck.reporters.JsonReporter;
import io.crosscheck.reporters.JunitXmlReporter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporters at 100, 1,000 and 10,000 testcases (four steps each, with requests, responses and rows):
 * (1) write time, wall and CPU (best of 3 in a warm JVM, and the first, cold write), and file size of index.html,
 * junit.xml and results.json, against plain Jackson databind dumping the same result tree; (2) the 10,000-testcase index.html in
 * headless Chromium: wall time of a --screenshot against a blank page, first contentful paint and the time until
 * the scenario list is drawn (both measured by the page and read back with --dump-dom).
 */
public final class ReportBench {

    private static final int[] SIZES = {100, 1_000, 10_000};
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    public static void main(String[] args) throws Exception {
        Path out = Files.createTempDirectory("reportbench");
        List<Reporter> reporters = List.of(new HtmlReporter(), new JunitXmlReporter(), new JsonReporter());
        ObjectMapper raw = new ObjectMapper().registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance))
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

        RunResult first = run(SIZES[SIZES.length - 1]);
        Path cold = Files.createDirectories(out.resolve("cold"));
        System.out.printf("load average %.1f on %d cores: wall times grow with the load, CPU times much less%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.println("cold first write of 10,000 testcases (a CLI process writes each report once):");
        for (Reporter r : reporters) {
            long t0 = System.nanoTime();
            long c0 = cpu();
            Path f = r.write(first, cold);
            System.out.printf("  %-12s %7d ms wall %7d ms CPU  %8.1f MB%n", f.getFileName(), ms(t0), (cpu() - c0) / 1_000_000, Files.size(f) / 1e6);
        }
        System.out.println();
        System.out.println("warm JVM, best of 3:");
        System.out.printf("%-12s %8s %10s %10s %10s %15s%n", "report", "cases", "wall (ms)", "CPU (ms)", "size (MB)", "CPU vs Jackson");
        for (int n : SIZES) {
            RunResult run = n == first.scenarios().size() ? first : run(n);
            Path dir = Files.createDirectories(out.resolve(String.valueOf(n)));
            long[] rawMs = best(() -> {
                try (JsonGenerator g = raw.getFactory().createGenerator(dir.resolve("raw.json").toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
                    raw.writeValue(g, run);
                }
            });
            for (Reporter r : reporters) {
                Path[] file = new Path[1];
                long[] best = best(() -> file[0] = r.write(run, dir));
                System.out.printf("%-12s %8d %10d %10d %10.1f %14.1fx%n", file[0].getFileName(), n, best[0], best[1],
                        Files.size(file[0]) / 1e6, (double) best[1] / Math.max(rawMs[1], 1));
            }
            System.out.printf("%-12s %8d %10d %10d %10.1f%n", "raw Jackson", n, rawMs[0], rawMs[1], Files.size(dir.resolve("raw.json")) / 1e6);
        }
        browser(out);
    }

    private static void browser(Path out) throws Exception {
        System.out.println();
        if (!Files.isExecutable(CHROMIUM)) {
            System.out.println("Chromium: not installed (apt-get install -y chromium), browser figures skipped");
            return;
        }
        Path page = out.resolve("10000/index.html");
        Path blank = out.resolve("blank.html");
        Files.writeString(blank, "<!DOCTYPE html><title>blank</title><p>blank</p>");
        long[] blankMs = new long[3];
        long[] pageMs = new long[3];
        for (int i = 0; i < 3; i++) {
            blankMs[i] = screenshot(blank, out.resolve("blank.png"));
            pageMs[i] = screenshot(page, out.resolve("page.png"));
        }
        String dom = dumpDom(page);
        System.out.printf("Chromium, index.html of 10,000 testcases (%.1f MB):%n", Files.size(page) / 1e6);
        System.out.printf("  --screenshot wall time   %6d ms (median of 3; a blank page: %d ms; the page adds %d ms)%n",
                Medians.of(pageMs), Medians.of(blankMs), Medians.of(pageMs) - Medians.of(blankMs));
        System.out.printf("  first contentful paint   %6s ms after navigation start%n", attribute(dom, "data-fcp-ms"));
        System.out.printf("  scenario list drawn      %6s ms after navigation start%n", attribute(dom, "data-render-ms"));
    }

    private static long screenshot(Path page, Path png) throws Exception {
        long t0 = System.nanoTime();
        chromium("--screenshot=" + png, "--window-size=1400,1000", page.toUri().toString());
        return ms(t0);
    }

    private static String dumpDom(Path page) throws Exception {
        return chromium("--dump-dom", page.toUri().toString());
    }

    private static String chromium(String... args) throws Exception {
        Path profile = Files.createTempDirectory("reportbench-chromium-");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        cmd.addAll(Arrays.asList(args));
        Path stdout = profile.resolve("stdout");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium timed out");
        }
        return Files.readString(stdout);
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        return m.find() ? m.group(1) : "n/a";
    }

    interface Work {
        void run() throws Exception;
    }

    /** Best wall and best CPU milliseconds of three runs. */
    private static long[] best(Work w) throws Exception {
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            long c0 = cpu();
            w.run();
            best[1] = Math.min(best[1], (cpu() - c0) / 1_000_000);
            best[0] = Math.min(best[0], ms(t0));
        }
        return best;
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }


    private static long ms(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** n testcases in files of 20: 5% failed, 1% errors, 2% skipped, each with four steps and a chart every 50th. */
    static RunResult run(int n) {
        Instant start = Instant.parse("2025-03-01T02:00:00Z");
        List<ScenarioResult> scenarios = new ArrayList<>(n);
        String[] tags = {"billing", "profile", "moving", "consumption", "smoke", "slow", "kafka", "sql"};
        for (int i = 0; i < n; i++) {
            Position p = new Position("scenarios/area" + (i / 20) + ".yaml", 1 + (i % 20) * 12, 3);
            Status status = i % 100 == 7 ? Status.ERROR : i % 20 == 3 ? Status.FAILED : i % 50 == 11 ? Status.SKIPPED : Status.PASSED;
            List<StepRecord> steps = new ArrayList<>();
            if (status != Status.SKIPPED) {
                steps.add(step(p, 3, "insert fixtures", "query", Phase.SETUP, Status.PASSED, 0, 9,
                        map("sql", "insert into customer values (?, ?)", "values", List.of(i, "c" + i + "@example.com")),
                        map("updateCount", 1), List.of(), "", List.of()));
                steps.add(step(p, 6, "call GET /customers/" + i, "call", Phase.STEP, status, 9, 30 + i % 70,
                        map("method", "GET", "url", "http://127.0.0.1:8080/customers/" + i, "headers", map("Accept", "application/json")),
                        map("status", status == Status.FAILED ? 404 : 200, "headers", map("content-type", "application/json"),
                                "body", map("id", i, "email", "c" + i + "@example.com", "plan", i % 3 == 0 ? "basic" : "premium",
                                        "address", map("street", "Main St " + i, "city", "Springfield", "zip", String.format("%05d", i)))),
                        List.of(new CheckResult("status", "equals", 200, status == Status.FAILED ? 404 : 200, status != Status.FAILED, "")),
                        status == Status.ERROR ? "connection refused: 127.0.0.1:8080" : "", List.of()));
                steps.add(step(p, 12, "wait for customer-created", "wait", Phase.STEP, Status.PASSED, 110, 120,
                        map("topic", "customers"), map("records", List.of(map("key", String.valueOf(i), "value", map("id", i)))),
                        List.of(), "", List.of()));
                List<Object> rows = new ArrayList<>();
                for (int r = 0; r < 5; r++) rows.add(map("id", i * 10 + r, "amount", 10.5 + r));
                steps.add(step(p, 16, "query invoices", "query", Phase.STEP, Status.PASSED, 230, 20,
                        map("sql", "select id, amount from invoice where customer = ?", "values", List.of(i)), map("rows", rows),
                        List.of(), "", i % 50 == 0 ? List.of(new ReportItem("chart", "plans", "bar", map("basic", 3, "premium", 5))) : List.of()));
            }
            scenarios.add(new ScenarioResult("Customer scenario " + i, "", p, List.of(tags[i % 8], tags[(i / 3) % 8]), "", null,
                    status, start.plusMillis(i * 40L), steps.isEmpty() ? 0 : 250 + i % 70, steps,
                    status == Status.FAILED ? "expect status equals: expected 200, actual 404" : ""));
        }
        return new RunResult("bench-" + n, start, n * 40L, "bench", scenarios, false);
    }

    private static StepRecord step(Position p, int line, String name, String verb, Phase phase, Status status, long offset,
                                   long duration, Map<String, Object> request, Object response, List<CheckResult> checks,
                                   String error, List<ReportItem> reports) {
        return new StepRecord(name, verb, phase, new Position(p.file(), p.line() + line, 7), status, offset, duration, 1,
                request, response, checks, error, reports);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
