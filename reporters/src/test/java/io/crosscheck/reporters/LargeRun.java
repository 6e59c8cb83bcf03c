package io.crosscheck.reporters;

import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.ReportItem;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;

import java.util.ArrayList;
import java.util.List;

import static io.crosscheck.reporters.SampleRun.map;

/** A nightly-sized run: {@code n} scenarios of four steps each, 5% failed, 1% errors, 2% skipped. */
final class LargeRun {

    private static final String[] TAGS = {"billing", "profile", "moving", "consumption", "smoke", "slow", "kafka", "sql"};

    private LargeRun() {
    }

    static RunResult of(int n) {
        List<ScenarioResult> scenarios = new ArrayList<>(n);
        for (int i = 0; i < n; i++) scenarios.add(scenario(i));
        return new RunResult("large-" + n, SampleRun.START, n * 40L, "nightly", scenarios, false);
    }

    static Status statusOf(int i) {
        if (i % 100 == 7) return Status.ERROR;
        if (i % 20 == 3) return Status.FAILED;
        if (i % 50 == 11) return Status.SKIPPED;
        return Status.PASSED;
    }

    private static ScenarioResult scenario(int i) {
        Position p = new Position("scenarios/area" + (i / 20) + ".yaml", 1 + (i % 20) * 12, 3);
        Status status = statusOf(i);
        List<StepRecord> steps = new ArrayList<>();
        if (status != Status.SKIPPED) {
            steps.add(step(p, 3, "insert fixtures", "query", Phase.SETUP, Status.PASSED, 0, 9,
                    map("sql", "insert into customer values (?, ?)", "values", List.of(i, "c" + i + "@example.com")),
                    map("updateCount", 1), List.of(), "", List.of()));
            Status call = status == Status.FAILED ? Status.FAILED : status == Status.ERROR ? Status.ERROR : Status.PASSED;
            steps.add(step(p, 6, "call GET /customers/" + i, "call", Phase.STEP, call, 9, 30 + i % 70,
                    map("method", "GET", "url", "http://127.0.0.1:8080/customers/" + i, "headers", map("Accept", "application/json")),
                    map("status", call == Status.FAILED ? 404 : 200, "headers", map("content-type", "application/json"),
                            "body", map("id", i, "email", "c" + i + "@example.com", "plan", i % 3 == 0 ? "basic" : "premium",
                                    "address", map("street", "Main St " + i, "city", "Springfield", "zip", String.format("%05d", i)))),
                    List.of(new CheckResult("status", "equals", 200, call == Status.FAILED ? 404 : 200, call != Status.FAILED, ""),
                            new CheckResult("body.plan", "exists", null, "basic", true, "")),
                    call == Status.ERROR ? "connection refused: 127.0.0.1:8080" : "", List.of()));
            steps.add(step(p, 12, "wait for customer-created", "wait", Phase.STEP, Status.PASSED, 110, 120,
                    map("topic", "customers", "match", "value.id == " + i), map("records", List.of(map("key", String.valueOf(i), "value", map("id", i)))),
                    List.of(), "", List.of()));
            List<ReportItem> reports = i % 50 == 0
                    ? List.of(new ReportItem("chart", "plans", "bar", map("basic", i % 7 + 1, "premium", i % 5 + 2)))
                    : List.of();
            steps.add(step(p, 16, "query invoices", "query", Phase.STEP, Status.PASSED, 230, 20,
                    map("sql", "select id, amount from invoice where customer = ?", "values", List.of(i)),
                    map("rows", rows(i)), List.of(), "", reports));
        }
        long duration = steps.isEmpty() ? 0 : 250 + i % 70;
        return new ScenarioResult("Customer scenario " + i, "", p, List.of(TAGS[i % TAGS.length], TAGS[(i / 3) % TAGS.length]),
                i % 4 == 0 ? "plan=" + (i % 3) : "", i % 4 == 0 ? map("plan", i % 3) : null, status,
                SampleRun.START.plusMillis(i * 40L), duration, steps,
                status == Status.FAILED ? "expect status equals: expected 200, actual 404"
                        : status == Status.ERROR ? "connection refused: 127.0.0.1:8080"
                        : status == Status.SKIPPED ? "excluded by tags" : "");
    }

    private static List<Object> rows(int i) {
        List<Object> rows = new ArrayList<>();
        for (int r = 0; r < 5; r++) rows.add(map("id", i * 10 + r, "amount", 10.5 + r));
        return rows;
    }

    private static StepRecord step(Position p, int line, String name, String verb, Phase phase, Status status, long offset,
                                   long duration, java.util.Map<String, Object> request, Object response,
                                   List<CheckResult> checks, String error, List<ReportItem> reports) {
        return new StepRecord(name, verb, phase, new Position(p.file(), p.line() + line, 7), status, offset, duration, 1,
                request, response, checks, error, reports);
    }
}
