package io.crosscheck.engine.run;

import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.ReportItem;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;
import java.util.Map;

/** Replaces every value obtained through secret() with **** throughout a result tree, before anyone prints it. */
final class ResultMasker {
    private final Secrets secrets;

    ResultMasker(Secrets secrets) {
        this.secrets = secrets;
    }

    RunResult mask(RunResult r) {
        return new RunResult(r.id(), r.startedAt(), r.durationMs(), r.environment(),
                r.scenarios().stream().map(this::mask).toList(), r.interrupted());
    }

    @SuppressWarnings("unchecked")
    ScenarioResult mask(ScenarioResult s) {
        return new ScenarioResult(s.id(), secrets.mask(s.name()), secrets.mask(s.description()), s.position(), s.tags(),
                secrets.mask(s.example()), (Map<String, Object>) secrets.maskDeep(s.exampleRow()), s.status(),
                s.startedAt(), s.durationMs(), s.steps().stream().map(this::mask).toList(), secrets.mask(s.message()),
                mask(s.evidence()));
    }

    private io.crosscheck.engine.result.Evidence mask(io.crosscheck.engine.result.Evidence e) {
        if (e.isEmpty()) return e;
        java.util.function.UnaryOperator<io.crosscheck.engine.result.EvidenceLine> line = l -> l == null ? null
                : new io.crosscheck.engine.result.EvidenceLine(l.source(), l.time(), secrets.mask(l.service()),
                        l.level(), secrets.mask(l.message()));
        return new io.crosscheck.engine.result.Evidence(e.lines().stream().map(line).toList(), line.apply(e.culprit()),
                e.failures().stream().map(f -> new io.crosscheck.engine.result.Evidence.Failure(f.source(),
                        secrets.mask(f.reason()))).toList(), e.traceId());
    }

    @SuppressWarnings("unchecked")
    StepRecord mask(StepRecord s) {
        // every step's record passes here as it ends: with no secret, skip rebuilding it field by field
        if (secrets.none()) return s;
        return new StepRecord(s.id(), secrets.mask(s.name()), s.verb(), s.phase(), s.position(), s.status(), s.startOffsetMs(),
                s.durationMs(), s.attempts(), (Map<String, Object>) secrets.maskDeep(s.request()),
                secrets.maskDeep(s.response()), s.checks().stream().map(this::mask).toList(), secrets.mask(s.error()),
                s.reports().stream().map(this::mask).toList(), s.steps().stream().map(this::mask).toList(),
                mask(s.failure()));
    }

    @SuppressWarnings("unchecked")
    private StepError mask(StepError e) {
        return e == null ? null : new StepError(e.kind(), secrets.mask(e.message()), secrets.mask(e.hint()),
                (Map<String, Object>) secrets.maskDeep(e.details()));
    }

    private CheckResult mask(CheckResult c) {
        return new CheckResult(secrets.mask(c.path()), c.matcher(), secrets.maskDeep(c.expected()),
                secrets.maskDeep(c.actual()), c.passed(), secrets.mask(c.message()));
    }

    private ReportItem mask(ReportItem r) {
        return new ReportItem(r.kind(), secrets.mask(r.title()), r.chartType(), secrets.maskDeep(r.data()));
    }
}
