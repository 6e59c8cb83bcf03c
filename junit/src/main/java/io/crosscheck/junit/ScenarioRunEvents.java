package io.crosscheck.junit;

import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.RunListener;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.StepRecord;

/**
 * The engine's events with the run-level setup left out: the setup of crosscheck.yaml is the engine's run 0 and has no
 * descriptor, so a scenario run's index is the engine's less {@code first}. The setup's own events get a negative
 * index, which names no descriptor; the teardown's is past the last one. A failed setup still shows: every scenario
 * run ends as ERROR "not run: the run's setup failed".
 */
final class ScenarioRunEvents implements RunListener {
    private final RunListener target;
    private final int first;

    ScenarioRunEvents(RunListener target, int first) {
        this.target = target;
        this.first = first;
    }

    @Override
    public void runStarted(String runId, int scenarioCount) {
        target.runStarted(runId, scenarioCount);
    }

    @Override
    public void scenarioStarted(int run, String displayName, Position position) {
        target.scenarioStarted(run - first, displayName, position);
    }

    @Override
    public void stepFinished(int run, String scenarioDisplayName, StepRecord step) {
        target.stepFinished(run - first, scenarioDisplayName, step);
    }

    @Override
    public void scenarioFinished(int run, ScenarioResult result) {
        target.scenarioFinished(run - first, result);
    }

    @Override
    public void runFinished(RunResult result) {
        target.runFinished(result);
    }

    /** The result's scenario runs alone, in the order of the descriptors. */
    static RunResult scenarioRuns(RunResult result, int first, int runs) {
        return new RunResult(result.id(), result.startedAt(), result.durationMs(), result.environment(),
                result.scenarios().subList(first, Math.min(result.scenarios().size(), first + runs)), result.interrupted());
    }
}
