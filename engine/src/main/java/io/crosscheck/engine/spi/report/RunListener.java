package io.crosscheck.engine.spi.report;

import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.StepRecord;

/**
 * Live events of a run (console progress, a test launcher's tree). Each names its scenario run by the id the plan gave
 * it ({@link ScenarioResult#id()}, {@link StepRecord#id()}): display names repeat (two identical example rows), ids
 * never do. Listeners are given to the run, not to the plan. Called from runner threads: implementations must be
 * thread-safe.
 */
public interface RunListener {

    default void runStarted(String runId, int scenarioCount) {
    }

    default void scenarioStarted(String id, String displayName, Position position) {
    }

    /** {@code scenarioId}: the run the step belongs to, the start of {@code step.id()}. */
    default void stepFinished(String scenarioId, StepRecord step) {
    }

    default void scenarioFinished(ScenarioResult result) {
    }

    default void runFinished(RunResult result) {
    }
}
