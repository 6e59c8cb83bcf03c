package io.crosscheck.engine.run;

import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.StepRecord;
import java.util.List;

/** Forwards events to every listener with secrets masked; a failing listener does not stop the run. */
final class MaskingListener implements RunListener {
    private final ResultMasker masker;
    private final List<RunListener> listeners;

    MaskingListener(ResultMasker masker, List<RunListener> listeners) {
        this.masker = masker;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void runStarted(String runId, int scenarioCount) {
        each(l -> l.runStarted(runId, scenarioCount));
    }

    @Override
    public void scenarioStarted(String id, String displayName, Position position) {
        each(l -> l.scenarioStarted(id, displayName, position));
    }

    @Override
    public void stepFinished(String scenarioId, StepRecord step) {
        StepRecord masked = masker.mask(step);
        each(l -> l.stepFinished(scenarioId, masked));
    }

    @Override
    public void scenarioFinished(ScenarioResult result) {
        ScenarioResult masked = masker.mask(result);
        each(l -> l.scenarioFinished(masked));
    }

    @Override
    public void runFinished(RunResult result) {
        each(l -> l.runFinished(result));
    }

    private void each(java.util.function.Consumer<RunListener> event) {
        for (RunListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException ignored) {
                // a listener's fault must not change the run's outcome
            }
        }
    }
}
