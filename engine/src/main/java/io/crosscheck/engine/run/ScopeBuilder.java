package io.crosscheck.engine.run;

import io.crosscheck.engine.expr.EnvironmentVariables;
import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.spi.ScenarioInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scope of a scenario, outermost first (spec §3): {@code --var}s with {@code run}, {@code scenario},
 * {@code trace} ({@code trace.id}, spec §8) and {@code env}; the environment's vars; the example row; the scenario's vars, evaluated in order. {@code vars}
 * is the merged map of them all.
 */
final class ScopeBuilder {
    private final RunServices run;

    ScopeBuilder(RunServices run) {
        this.run = run;
    }

    Scope build(Scenario scenario, ScenarioInfo info, Map<String, Object> row) {
        Map<String, Object> root = new LinkedHashMap<>(run.cliVars());
        root.put("run", Map.of("id", run.runId(), "startedAt", run.startedAt().toString()));
        root.put("scenario", Map.of("name", info.name(), "file", info.file()));
        root.put("trace", Map.of("id", info.traceId()));
        root.put("env", new EnvironmentVariables(run.systemEnvironment()));
        Map<String, Object> all = new LinkedHashMap<>(run.cliVars());
        root.put("vars", all);
        Scope scope = Scope.root(root);

        Scope envLayer = scope.child();
        run.environment().section("vars").forEach((k, v) -> {
            Object value = run.expressions().render(v, envLayer);
            envLayer.set(k, value);
            all.put(k, value);
        });
        Scope rowLayer = envLayer.child(row);
        all.putAll(row);
        Scope varsLayer = rowLayer.child();
        scenario.vars().forEach((k, v) -> {
            Object value = run.expressions().render(v, varsLayer);
            varsLayer.set(k, value);
            all.put(k, value);
        });
        return varsLayer;
    }
}
