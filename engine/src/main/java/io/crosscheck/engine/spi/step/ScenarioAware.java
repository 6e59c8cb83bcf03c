package io.crosscheck.engine.spi.step;

/**
 * Opt-in for a {@link StepHandler} that must act when a scenario starts, before its first step, e.g. note the Kafka
 * offsets a later {@code wait} reads from. Called once per scenario run (after vars are set) for each step of the
 * handler, on a step thread within the default timeout; a failure here is left for the step itself to meet and report.
 *
 * @param <C> the handler's config record
 */
public interface ScenarioAware<C> {

    void beforeScenario(C config, StepContext ctx) throws Exception;
}
