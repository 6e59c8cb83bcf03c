package io.crosscheck.engine.run;

import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.model.EvidenceSpec;
import io.crosscheck.engine.support.Causes;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.result.Evidence;
import io.crosscheck.engine.result.EvidenceLine;
import io.crosscheck.engine.spi.step.ScenarioInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads every evidence source for one ended scenario run (spec §8) and merges their lines into its timeline. The
 * sources are read at once, each on a thread of the run's step pool with its own timeout, so a failed scenario waits
 * for the slowest source and not for the sum of them; a source that fails or runs out of time is noted and never
 * changes the verdict. Nothing here runs for a scenario whose evidence is not wanted.
 */
final class EvidenceGatherer {
    private final RunServices run;

    EvidenceGatherer(RunServices run) {
        this.run = run;
    }

    /** {@code scope}: the scenario's scope as it ended, where {@code ${trace.id}} and saved values render. */
    Evidence gather(List<EvidenceSpec> sources, Scope scope, ScenarioInfo info, Map<String, Object> state)
            throws InterruptedException {
        List<Future<SourceLines>> reads = new ArrayList<>();
        long started = System.nanoTime();
        for (EvidenceSpec spec : sources) {
            DefaultStepContext ctx = new DefaultStepContext(run, scope, info, state, spec.timeout());
            reads.add(run.stepThreads().submit(() -> read(spec, ctx)));
        }
        List<EvidenceLine> lines = new ArrayList<>();
        List<Evidence.Failure> failures = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            EvidenceSpec spec = sources.get(i);
            long left = started + Durations.nanos(spec.timeout()) - System.nanoTime();
            try {
                SourceLines got = reads.get(i).get(Math.max(0, left), TimeUnit.NANOSECONDS);
                lines.addAll(got.lines());
                if (got.problem() != null) failures.add(new Evidence.Failure(spec.name(), got.problem()));
            } catch (TimeoutException e) {
                reads.get(i).cancel(true);
                failures.add(new Evidence.Failure(spec.name(), "no answer within " + Durations.format(spec.timeout())));
            } catch (ExecutionException e) {
                failures.add(new Evidence.Failure(spec.name(), Causes.error(e.getCause()).text()));
            } catch (InterruptedException e) {
                reads.forEach(f -> f.cancel(true));
                throw e;
            }
        }
        return Timeline.merge(lines, failures).withTraceId(info.trace().id());
    }

    private SourceLines read(EvidenceSpec spec, DefaultStepContext ctx) throws Exception {
        List<Map<String, Object>> rows = spec.source().read(spec.config(), ctx, spec.limit());
        List<EvidenceLine> lines = new ArrayList<>();
        String problem = null;
        for (Map<String, Object> row : rows.subList(0, Math.min(rows.size(), spec.limit()))) {
            RowFields f = new RowFields(ctx, spec.fields(), row);
            lines.add(new EvidenceLine(spec.name(), Timeline.time(f.value("time")), f.text("service"), f.text("level"),
                    f.text("message")));
            if (problem == null) problem = f.problem();
        }
        return new SourceLines(lines, problem);
    }

    private record SourceLines(List<EvidenceLine> lines, String problem) {
    }

    /** The {@code fields} expressions evaluated over one row, the row's keys as innermost variables. */
    private static final class RowFields {
        private final DefaultStepContext ctx;
        private final Map<String, String> fields;
        private final Map<String, Object> row;
        private String problem;

        RowFields(DefaultStepContext ctx, Map<String, String> fields, Map<String, Object> row) {
            this.ctx = ctx;
            this.fields = fields;
            this.row = row;
        }

        Object value(String field) {
            String expression = fields.get(field);
            if (expression == null) return null;
            try {
                return ctx.eval(expression, row);
            } catch (RuntimeException e) {
                // one bad row (a missing key) must not hide the others; the first such reason is noted for the source
                if (problem == null) problem = "fields." + field + ": " + Causes.describe(e);
                return null;
            }
        }

        String text(String field) {
            Object v = value(field);
            if (v == null || v instanceof String) return (String) v;
            return v instanceof Map || v instanceof List ? ctx.toJson(v) : String.valueOf(v);
        }

        String problem() {
            return problem;
        }
    }
}
