package io.crosscheck.junit;

import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.RunListener;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.StepRecord;

/**
 * The listener a run is prepared with at discovery, passing events on (with their run index) to the JUnit listener
 * known only at execution.
 */
final class ListenerRelay implements RunListener {
    private static final RunListener NONE = new RunListener() { };
    private volatile RunListener target = NONE;

    void to(RunListener listener) {
        target = listener == null ? NONE : listener;
    }

    @Override
    public void runStarted(String runId, int scenarioCount) {
        target.runStarted(runId, scenarioCount);
    }

    @Override
    public void scenarioStarted(int run, String displayName, Position position) {
        target.scenarioStarted(run, displayName, position);
    }

    @Override
    public void stepFinished(int run, String scenarioDisplayName, StepRecord step) {
        target.stepFinished(run, scenarioDisplayName, step);
    }

    @Override
    public void scenarioFinished(int run, ScenarioResult result) {
        target.scenarioFinished(run, result);
    }

    @Override
    public void runFinished(RunResult result) {
        target.runFinished(result);
    }
}
