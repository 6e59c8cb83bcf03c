package io.crosscheck.engine.run;

import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.model.FragmentUse;
import io.crosscheck.engine.model.ScenarioRun;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the steps of a fragment for one attempt of a {@code use} step (spec §2.6), in a scope of their own: the run's
 * layers, then the parameters (the values of {@code with}, rendered in the caller's scope, then the defaults of the
 * others, rendered in the fragment's), then what its steps save. The first failing step stops it.
 */
final class FragmentRunner {
    /** How a fragment ended: the scope its steps left (for {@code expect} and {@code save}), or why it failed. */
    record Outcome(Status status, StepError failure, Scope scope, Map<String, Object> value) {
        boolean passed() {
            return status == Status.PASSED;
        }
    }

    private final RunServices run;
    private final StepExecutor executor;
    private final Supplier<Scope> base;

    FragmentRunner(RunServices run, StepExecutor executor, Supplier<Scope> base) {
        this.run = run;
        this.executor = executor;
        this.base = base;
    }

    /** {@code records} receives the record of each of the fragment's steps as it ends; {@code useId} is the use step's id. */
    Outcome run(FragmentUse use, String useId, Scope caller, List<StepRecord> records) throws InterruptedException {
        Scope params = base.get().child();
        use.with().forEach((k, v) -> params.set(k, run.expressions().render(v, caller)));
        use.fragment().params().forEach((k, v) -> {
            if (!use.with().containsKey(k)) params.set(k, run.expressions().render(v, params));
        });
        Scope saved = params.child();
        Scope results = saved.child();
        StepRecord failed = null;
        int number = 0;
        for (Step step : use.fragment().steps()) {
            String id = ScenarioRun.fragmentStepId(useId, ++number);
            StepRecord record = failed != null ? executor.skipped(step, id, results, "not run: an earlier step failed")
                    : executor.execute(step, id, results, saved);
            records.add(record);
            if (failed == null && (record.status() == Status.FAILED || record.status() == Status.ERROR)) failed = record;
        }
        if (failed != null) {
            StepRecord cause = failed.failedStep();
            // the use step's failure is its failing step's, said of that step
            StepError why = cause.failure() != null ? cause.failure() : StepError.of(StepError.Kind.INTERNAL, cause.error());
            return new Outcome(failed.status(), why.in(cause.name() + " (" + cause.position() + "): "), null, null);
        }
        Map<String, Object> value = new LinkedHashMap<>(params.layer());
        value.putAll(saved.layer());
        return new Outcome(Status.PASSED, null, results, value);
    }
}
