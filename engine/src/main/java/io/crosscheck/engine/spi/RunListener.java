package io.crosscheck.engine.spi;

/** Live events of a run (console progress). Called from runner threads: implementations must be thread-safe. */
public interface RunListener {

    default void runStarted(String runId, int scenarioCount) {
    }

    default void scenarioStarted(String displayName, Position position) {
    }

    default void stepFinished(String scenarioDisplayName, StepRecord step) {
    }

    default void scenarioFinished(ScenarioResult result) {
    }

    default void runFinished(RunResult result) {
    }
}
