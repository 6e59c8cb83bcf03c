package io.crosscheck.engine.run;

import io.crosscheck.engine.model.RunHooks;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.model.ScenarioRun;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.plan.Plan;
import io.crosscheck.engine.result.Position;
import java.util.List;
import java.util.Map;

/**
 * The run-level setup and teardown of crosscheck.yaml as scenarios of their own, "run setup" and "run teardown" at
 * the key's position: they run, and are reported, as any scenario is. The setup's steps stop at the first failure;
 * the teardown's all run, as a scenario's teardown does.
 */
final class RunHookScenarios {
    static final String SETUP = "run setup";
    static final String TEARDOWN = "run teardown";

    private RunHookScenarios() {
    }

    /** Null when crosscheck.yaml has no setup steps. */
    static ScenarioRun setup(Plan plan) {
        RunHooks hooks = plan.hooks();
        if (hooks.setup().isEmpty()) return null;
        return scenario(plan, SETUP, hooks.setupAt(), hooks.setup(), List.of());
    }

    /** Null when crosscheck.yaml has no teardown steps. */
    static ScenarioRun teardown(Plan plan) {
        RunHooks hooks = plan.hooks();
        if (hooks.teardown().isEmpty()) return null;
        return scenario(plan, TEARDOWN, hooks.teardownAt(), List.of(), hooks.teardown());
    }

    private static ScenarioRun scenario(Plan plan, String name, Position at, List<Step> steps, List<Step> teardown) {
        return ScenarioRun.once(plan.config().dir(), new Scenario(name, "", List.of(), at, plan.config().file(), Map.of(), List.of(), steps, teardown, List.of()));
    }
}
