package io.crosscheck.engine.run;

import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.RunListener;
import io.crosscheck.engine.spi.StepRecord;

/** The events of one scenario run passed on with the run's index, so that listeners can tell identical runs apart. */
final class RunIndexListener implements RunListener {
    private final RunListener target;
    private final int run;

    RunIndexListener(RunListener target, int run) {
        this.target = target;
        this.run = run;
    }

    @Override
    public void scenarioStarted(String displayName, Position position) {
        target.scenarioStarted(run, displayName, position);
    }

    @Override
    public void stepFinished(String scenarioDisplayName, StepRecord step) {
        target.stepFinished(run, scenarioDisplayName, step);
    }
}
