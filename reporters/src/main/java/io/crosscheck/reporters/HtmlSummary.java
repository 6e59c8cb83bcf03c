package io.crosscheck.reporters;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The model of the HTML report's summary, computed once in Java so that the template only lays it out (public for the template engine). */
public record HtmlSummary(
        String runId,
        String environment,
        String startedAt,
        String duration,
        String scenarioTime,
        boolean interrupted,
        boolean passed,
        long total,
        long passedCount,
        long failedCount,
        long errorCount,
        long skippedCount,
        String passRate,
        List<Segment> segments,
        List<Slow> slowest,
        List<TagRate> tags) {

    /** One arc of the status donut: a circle stroke of {@code pct} percent starting at {@code offset}. */
    public record Segment(String status, String label, long count, String pct, String dash, String offset) {
    }

    /** One of the slowest scenarios; {@code index} is its place in the embedded data. */
    public record Slow(int index, String name, String where, String status, String duration, String widthPct) {
    }

    /** Pass rate of the scenarios with one tag. */
    public record TagRate(String tag, long total, long passed, long failed, long errors, long skipped, String rate, String widthPct) {
    }

    private static final int SLOWEST = 8;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);

    static HtmlSummary of(RunResult run) {
        List<ScenarioResult> all = run.scenarios();
        long passed = run.count(Status.PASSED);
        long failed = run.count(Status.FAILED);
        long errors = run.count(Status.ERROR);
        long skipped = run.count(Status.SKIPPED);
        long scenarioMs = all.stream().mapToLong(ScenarioResult::durationMs).sum();
        return new HtmlSummary(
                run.id() == null ? "" : run.id(),
                run.environment(),
                run.startedAt() == null ? "" : WHEN.format(run.startedAt().atOffset(ZoneOffset.UTC)),
                Durations.human(run.durationMs()),
                Durations.human(scenarioMs),
                run.interrupted(),
                run.passed(),
                all.size(), passed, failed, errors, skipped,
                rate(passed, all.size() - skipped),
                segments(all.size(), passed, failed, errors, skipped),
                slowest(all),
                tags(all));
    }

    private static List<Segment> segments(long total, long... counts) {
        String[] statuses = {"PASSED", "FAILED", "ERROR", "SKIPPED"};
        String[] labels = {"passed", "failed", "errors", "skipped"};
        List<Segment> out = new ArrayList<>();
        double offset = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 || total == 0) continue;
            double pct = 100.0 * counts[i] / total;
            out.add(new Segment(statuses[i], labels[i], counts[i], num(pct),
                    num(pct) + " " + num(100 - pct), num(25 - offset)));
            offset += pct;
        }
        return out;
    }

    private static List<Slow> slowest(List<ScenarioResult> all) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if (all.get(i).status() != Status.SKIPPED) order.add(i);
        order.sort(Comparator.comparingLong((Integer i) -> all.get(i).durationMs()).reversed());
        long max = order.isEmpty() ? 1 : Math.max(1, all.get(order.get(0)).durationMs());
        List<Slow> out = new ArrayList<>();
        for (int i : order.subList(0, Math.min(SLOWEST, order.size()))) {
            ScenarioResult s = all.get(i);
            out.add(new Slow(i, s.displayName(), s.position() == null ? "" : s.file() + ":" + s.position().line(),
                    s.status().name(), Durations.human(s.durationMs()), num(100.0 * s.durationMs() / max)));
        }
        return out;
    }

    private static List<TagRate> tags(List<ScenarioResult> all) {
        Map<String, long[]> counts = new TreeMap<>();
        for (ScenarioResult s : all) {
            for (String tag : new java.util.LinkedHashSet<>(s.tags())) {
                counts.computeIfAbsent(tag, t -> new long[4])[s.status().ordinal()]++;
            }
        }
        List<TagRate> out = new ArrayList<>();
        counts.forEach((tag, c) -> {
            long total = c[0] + c[1] + c[2] + c[3];
            long ran = total - c[Status.SKIPPED.ordinal()];
            out.add(new TagRate(tag, total, c[Status.PASSED.ordinal()], c[Status.FAILED.ordinal()],
                    c[Status.ERROR.ordinal()], c[Status.SKIPPED.ordinal()], rate(c[Status.PASSED.ordinal()], ran),
                    num(ran == 0 ? 0 : 100.0 * c[Status.PASSED.ordinal()] / ran)));
        });
        return out;
    }

    static String rate(long passed, long ran) {
        if (ran <= 0) return "–";
        if (passed == ran) return "100%";
        double pct = 100.0 * passed / ran;
        return String.format(Locale.ROOT, "%.1f%%", Math.min(pct, 99.9));
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
