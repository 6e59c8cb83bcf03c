package io.crosscheck.reporters;

import com.fasterxml.jackson.core.JsonFactory;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;

import java.util.Optional;

/** Plain-text views of a scenario's failures and steps, shared by the console and JUnit XML. */
final class FailureText {

    private static final int MAX_VALUE_CHARS = 2000;

    private final JsonFactory factory = new JsonFactory();
    private final JsonValues values = new JsonValues(200, MAX_VALUE_CHARS);

    static boolean failing(Status s) {
        return s == Status.FAILED || s == Status.ERROR;
    }

    /** The first failing step, and inside a failing {@code use} step the fragment's step that failed. */
    static Optional<StepRecord> firstFailingStep(ScenarioResult s) {
        return s.steps().stream().filter(r -> failing(r.status())).findFirst().map(StepRecord::failedStep);
    }

    /** The scenario's first failure in one short text: its message, else the first failing step's cause. */
    String summary(ScenarioResult s) {
        if (!s.message().isBlank()) return s.message();
        Optional<StepRecord> step = firstFailingStep(s);
        if (step.isEmpty()) return "";
        StepRecord r = step.get();
        if (!r.error().isBlank()) return r.error();
        return r.checks().stream().filter(c -> !c.passed()).findFirst()
                .map(c -> check(c).replace('\n', ' ')).orElse(r.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Every failing step with where it is, its cause, and expected vs actual for each failed check; under a failing
     * {@code use} step, the fragment's failing step the same way, indented.
     */
    String failures(ScenarioResult s) {
        StringBuilder sb = new StringBuilder();
        for (StepRecord r : s.steps()) {
            if (!failing(r.status())) continue;
            if (!sb.isEmpty()) sb.append('\n');
            failure(r, "", sb);
        }
        if (sb.isEmpty() && !s.message().isBlank()) sb.append(s.message()).append('\n');
        culprit(s).ifPresent(c -> sb.append(c).append('\n'));
        return sb.toString();
    }

    /** {@code likely culprit: billing at 10:00:02 — no tariff for plan gold}, when the evidence named one. */
    static Optional<String> culprit(ScenarioResult s) {
        return Optional.ofNullable(s.evidence().culprit()).map(c -> "likely culprit: " + EvidenceJson.culpritLine(c));
    }

    private void failure(StepRecord r, String prefix, StringBuilder sb) {
        sb.append(prefix).append(r.status()).append(": ").append(r.phase() == null ? "step" : r.phase().name().toLowerCase(java.util.Locale.ROOT))
                .append(" '").append(r.name()).append("' at ").append(r.position());
        if (r.attempts() > 1) sb.append(" after ").append(r.attempts()).append(" attempts");
        sb.append(" (").append(Durations.human(r.durationMs())).append(")\n");
        StepRecord inner = r.steps().stream().filter(c -> failing(c.status())).findFirst().orElse(null);
        // a use step's failure is its fragment's failing step's, shown below with that step
        if (r.failure() != null && !saidByItsCheck(r) && inner == null) sb.append(indent(r.failure().text(), prefix + "  ")).append('\n');
        for (CheckResult c : r.checks()) {
            if (!c.passed()) sb.append(indent(check(c), prefix + "  ")).append('\n');
        }
        if (inner != null) failure(inner, prefix + "  ", sb);
    }

    /** A failed check with a message of its own is its step's failure, said in full with the check. */
    static boolean saidByItsCheck(StepRecord r) {
        return r.failure().kind() == StepError.Kind.FAILED_CHECK
                && r.checks().stream().filter(c -> !c.passed()).findFirst().filter(c -> !c.message().isBlank()).isPresent();
    }

    /** One line per step: status, phase, name, position, duration; a fragment's steps indented under their use step. */
    String stepList(ScenarioResult s) {
        StringBuilder sb = new StringBuilder();
        stepList(s.steps(), "", sb);
        return sb.toString();
    }

    private static void stepList(java.util.List<StepRecord> steps, String prefix, StringBuilder sb) {
        // appended piece by piece rather than with String.format: a report of 10,000 steps spent a tenth of its time parsing the format
        for (StepRecord r : steps) {
            padded(sb, String.valueOf(r.status()), 7).append(' ');
            padded(sb, r.phase() == null ? "" : r.phase().name().toLowerCase(java.util.Locale.ROOT), 8).append(' ');
            sb.append(prefix).append(r.name()).append("  ").append(r.position()).append("  ").append(Durations.human(r.durationMs()));
            if (r.attempts() > 1) sb.append("  (").append(r.attempts()).append(" attempts)");
            sb.append(System.lineSeparator());
            stepList(r.steps(), prefix + "  ", sb);
        }
    }

    /** {@code text} left-aligned in {@code width} columns, as {@code %-Ns} pads it. */
    private static StringBuilder padded(StringBuilder sb, String text, int width) {
        sb.append(text);
        for (int i = text.length(); i < width; i++) sb.append(' ');
        return sb;
    }

    /** {@code expect body.status equals} then expected and actual on their own lines. */
    String check(CheckResult c) {
        StringBuilder sb = new StringBuilder();
        boolean assertion = "that".equals(c.matcher());
        sb.append(assertion ? "assert " + c.path() : "expect " + c.path() + " " + c.matcher());
        if (!c.message().isBlank()) sb.append("\n  ").append(c.message().strip().replace("\n", "\n  "));
        if (!assertion || c.expected() != null) sb.append("\n  expected: ").append(value(c.expected()));
        if (!assertion || c.actual() != null) sb.append("\n  actual:   ").append(value(c.actual()));
        return sb.toString();
    }

    /** A value as compact JSON, so that "200" and 200 look different. */
    String value(Object v) {
        return values.compact(factory, v);
    }

    static String indent(String text, String prefix) {
        return prefix + text.strip().replace("\n", "\n" + prefix);
    }
}
