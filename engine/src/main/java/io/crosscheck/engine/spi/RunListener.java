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

    /*
     * The same events with the scenario run's index: its place in the plan's order of scenarios × example rows
     * (0-based), which is also its place in RunResult.scenarios(). Display names repeat (two identical example rows),
     * the index never does. By default they are the events above.
     */

    default void scenarioStarted(int run, String displayName, Position position) {
        scenarioStarted(displayName, position);
    }

    default void stepFinished(int run, String scenarioDisplayName, StepRecord step) {
        stepFinished(scenarioDisplayName, step);
    }

    default void scenarioFinished(int run, ScenarioResult result) {
        scenarioFinished(result);
    }
}
