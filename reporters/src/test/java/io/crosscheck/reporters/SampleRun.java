package io.crosscheck.reporters;

import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.ReportItem;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fixed result tree with every status, example rows, rows, charts and hostile content from a "system under test". */
final class SampleRun {

    static final String SCRIPT = "<script>document.title='pwned'</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_NAME = "Hostile " + SCRIPT + " " + IMG;
    static final String HOSTILE_MESSAGE = "broke ]]> with \u0007 bell and </script><!-- " + IMG;

    static final Instant START = Instant.parse("2025-03-01T02:00:00.123Z");

    private SampleRun() {
    }

    static RunResult run() {
        List<ScenarioResult> scenarios = new ArrayList<>();
        scenarios.add(profile());
        scenarios.add(billing("basic", Status.PASSED));
        scenarios.add(billing("premium", Status.FAILED));
        scenarios.add(hostile());
        scenarios.add(skipped());
        scenarios.add(charts());
        return new RunResult("run-20250301-0200", START, 7_654, "nightly", scenarios, false);
    }

    static ScenarioResult profile() {
        Position p = new Position("scenarios/profile.yaml", 3, 3);
        List<StepRecord> steps = List.of(
                step("insert customer", "query", Phase.SETUP, p, 6, Status.PASSED, 0, 12,
                        Map.of("sql", "insert into customer(id, email) values (?, ?)", "values", List.of(42, "a@example.com")),
                        Map.of("updateCount", 1), List.of(), "", List.of()),
                step("call POST /customers", "call", Phase.STEP, p, 10, Status.PASSED, 12, 85,
                        map("method", "POST", "url", "http://127.0.0.1:8080/customers", "json", map("id", 42, "email", "a@example.com")),
                        map("status", 201, "headers", map("content-type", "application/json"), "body", map("id", 42, "active", true), "timeMs", 85),
                        List.of(new CheckResult("status", "equals", 201, 201, true, "")), "", List.of()),
                step("query customers", "query", Phase.STEP, p, 16, Status.PASSED, 97, 30,
                        map("sql", "select id, email, plan from customer"),
                        map("rows", rows(12), "count", 12),
                        List.of(new CheckResult("rows[0].plan", "equals", "basic", "basic", true, ""),
                                new CheckResult("count > 10", "that", null, null, true, "")),
                        "", List.of(new ReportItem("table", "customers", "", rows(3)))));
        return new ScenarioResult("Customer profile is created", "Creates a customer and reads it back.", p,
                List.of("profile", "smoke"), "", Map.of(), Status.PASSED, START.plusMillis(5), 127, steps, "");
    }

    /** A scenario whose use step failed inside its fragment, two files deep. */
    static ScenarioResult fragment() {
        Position p = new Position("scenarios/orders.yaml", 1, 1);
        Position login = new Position("scenarios/fragments/login.yaml", 1, 1);
        StepRecord call = step("call POST /login", "call", Phase.STEP, login, 4, Status.PASSED, 0, 30,
                map("method", "POST", "url", "/login"), map("status", 200, "body", map("token", "t")), List.of(), "", List.of());
        StepRecord check = step("assert token != ''", "assert", Phase.STEP, login, 7, Status.FAILED, 30, 1,
                Map.of(), null, List.of(new CheckResult("token != ''", "that", null, null, false, "token was ''")),
                "token was ''", List.of());
        String cause = "assert token != '' (scenarios/fragments/login.yaml:7:7): token was ''";
        StepRecord use = new StepRecord("use fragments/login.yaml", "use", Phase.STEP, new Position(p.file(), 3, 7),
                Status.FAILED, 0, 31, 1, Map.of(), null, List.of(), cause, List.of(), List.of(call, check));
        return new ScenarioResult("Orders need a login", "", p, List.of(), "", Map.of(), Status.FAILED, START, 31,
                List.of(use), "use fragments/login.yaml: " + cause);
    }

    static ScenarioResult billing(String plan, Status status) {
        Position p = new Position("scenarios/billing/invoice.yaml", 1, 1);
        boolean failed = status == Status.FAILED;
        List<CheckResult> checks = List.of(
                new CheckResult("status", "equals", 200, failed ? 404 : 200, !failed, ""),
                new CheckResult("body", "equals", map("plan", plan, "total", 12.5, "lines", List.of(1, 2)),
                        failed ? map("plan", plan, "total", 13.0, "lines", List.of(1), "extra", "x") : map("plan", plan, "total", 12.5, "lines", List.of(1, 2)),
                        !failed, ""),
                new CheckResult("body.note", "equals", "monthly invoice", failed ? "monthly invoices" : "monthly invoice", !failed, ""));
        List<StepRecord> steps = List.of(
                step("call GET /invoices/" + plan, "call", Phase.STEP, p, 8, status, 0, 240, map("method", "GET", "url", "/invoices/" + plan),
                        map("status", failed ? 404 : 200, "body", map("plan", plan)), checks, "", List.of()),
                step("clean up", "query", Phase.TEARDOWN, p, 20, Status.PASSED, 240, 8, map("sql", "delete from invoice"),
                        map("updateCount", 1), List.of(), "", List.of()));
        return new ScenarioResult("Invoice is issued", "", p, List.of("billing"), "plan=" + plan, map("plan", plan),
                status, START.plusMillis(10), 248, steps, failed ? "expect status equals: expected 200, actual 404" : "");
    }

    static ScenarioResult hostile() {
        Position p = new Position("scenarios/hostile.yaml", 2, 3);
        Object body = map("html", SCRIPT + "</script><!--", "img", IMG, "cdata", "]]>", "bell", "ring\u0007");
        List<StepRecord> steps = List.of(step(HOSTILE_NAME, "call", Phase.STEP, p, 5, Status.ERROR, 0, 3_001,
                map("url", "/x?q=" + SCRIPT), map("status", 500, "body", body),
                List.of(new CheckResult("body.html", "equals", IMG, SCRIPT, false, HOSTILE_MESSAGE)),
                HOSTILE_MESSAGE, List.of(new ReportItem("table", SCRIPT, "", List.of(map("name", IMG, "value", SCRIPT))))));
        return new ScenarioResult(HOSTILE_NAME, SCRIPT, p, List.of(IMG, "smoke"), "", Map.of(), Status.ERROR,
                START.plusMillis(20), 3_001, steps, HOSTILE_MESSAGE);
    }

    static ScenarioResult skipped() {
        Position p = new Position("scenarios/profile.yaml", 40, 3);
        return new ScenarioResult("Slow export", "", p, List.of("slow"), "", Map.of(), Status.SKIPPED, null, 0,
                List.of(), "excluded by --tags !slow");
    }

    static ScenarioResult charts() {
        Position p = new Position("scenarios/consumption.yaml", 1, 1);
        List<Object> readings = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) readings.add(Math.round((230 + 12 * random.nextGaussian()) * 10) / 10.0);
        List<Object> series = new ArrayList<>();
        for (int d = 1; d <= 14; d++) series.add(map("x", d, "y", 100 + d * 7 % 30));
        List<ReportItem> reports = List.of(
                new ReportItem("chart", "Consumption by tariff", "bar", map("basic", 120, "premium", 340, "night", 75)),
                new ReportItem("chart", "Share of meters", "pie", map("smart", 70, "analog", 25, "unknown", 5)),
                new ReportItem("chart", "Reading sizes", "histogram", readings),
                new ReportItem("chart", "Daily consumption", "line", series));
        List<StepRecord> steps = List.of(
                step("produce readings", "produce", Phase.STEP, p, 4, Status.PASSED, 0, 40, map("topic", "readings", "count", 200),
                        map("sent", 200), List.of(), "", List.of()),
                step("wait for totals", "wait", Phase.STEP, p, 9, Status.PASSED, 40, 1_800, map("topic", "totals"),
                        map("records", List.of(map("key", "m1", "value", 12))), List.of(), "", List.of()),
                step("query consumption", "query", Phase.STEP, p, 15, Status.PASSED, 1_840, 60, map("cql", "select * from readings"),
                        map("rows", rows(1_200)), List.of(), "", reports));
        return new ScenarioResult("Consumption is aggregated", "", p, List.of("consumption", "smoke"), "", Map.of(),
                Status.PASSED, START.plusMillis(30), 1_900, steps, "");
    }

    static StepRecord step(String name, String verb, Phase phase, Position scenario, int line, Status status, long offset,
                           long duration, Map<String, Object> request, Object response, List<CheckResult> checks,
                           String error, List<ReportItem> reports) {
        return new StepRecord(name, verb, phase, new Position(scenario.file(), line, 7), status, offset, duration,
                status == Status.ERROR ? 3 : 1, request, response, checks, error, reports);
    }

    static List<Object> rows(int n) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(map("id", i + 1, "email", "c" + i + "@example.com", "plan", i % 3 == 0 ? "basic" : "premium"));
        return rows;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
