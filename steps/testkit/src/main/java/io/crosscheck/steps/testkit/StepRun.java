package io.crosscheck.steps.testkit;

import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.StepRecord;
import java.util.Map;
import java.util.stream.Collectors;

/** The result of a {@link StepTestKit} run, with look-ups that fail with the whole run described. */
public record StepRun(RunResult result) {

    /** The run's only scenario run. */
    public ScenarioResult only() {
        return only(result);
    }

    /** A run's only scenario run. */
    public static ScenarioResult only(RunResult result) {
        if (result.scenarios().size() != 1) throw new AssertionError("expected one scenario run, got\n" + describe(result));
        return result.scenarios().get(0);
    }

    /** The first scenario run of this name (without its row label). */
    public ScenarioResult scenario(String name) {
        return scenario(result, name);
    }

    /** A run's first scenario run of this name (without its row label). */
    public static ScenarioResult scenario(RunResult result, String name) {
        return result.scenarios().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario '" + name + "' in\n" + describe(result)));
    }

    /** The step of this name in the named scenario. */
    public StepRecord step(String scenario, String step) {
        return step(scenario(scenario), step);
    }

    /** The step of this name in the run's only scenario. */
    public StepRecord step(String step) {
        return step(only(), step);
    }

    public static StepRecord step(ScenarioResult scenario, String name) {
        return scenario.steps().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + name + "' in " + scenario.displayName() + ": "
                        + scenario.steps().stream().map(StepRecord::name).toList()));
    }

    /** A step's response as the map most steps answer with. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> response(StepRecord step) {
        return (Map<String, Object>) step.response();
    }

    /** The run as text, for assertion messages: each scenario, its steps, their failed checks. */
    public String describe() {
        return describe(result);
    }

    /** A run as text, for assertion messages: each scenario, its steps (with attempts), their failed checks. */
    public static String describe(RunResult result) {
        return result.scenarios().stream().map(s -> s.displayName() + " " + s.status() + " " + s.message() + "\n"
                + s.steps().stream().map(st -> "  " + st.phase() + " " + st.name() + " " + st.status() + " x" + st.attempts()
                                + " " + st.error()
                        + st.checks().stream().filter(c -> !c.passed()).map(StepRun::describe).collect(Collectors.joining()))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckResult c) {
        return "\n    " + c.path() + ": expected " + c.expected() + ", was " + c.actual() + " " + c.message();
    }
}
