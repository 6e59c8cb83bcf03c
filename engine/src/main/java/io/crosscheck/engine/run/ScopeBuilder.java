package io.crosscheck.engine.run;

import io.crosscheck.engine.expr.EnvironmentVariables;
import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.spi.step.ScenarioInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scope of a scenario, outermost first (spec §3, §5): {@code run}, {@code scenario}, {@code trace}
 * ({@code trace.id}, spec §8) and {@code env}; the
 * environment's vars; the vars files; the {@code --var}s, which win over both; what the run-level setup saved; the
 * example row; the scenario's vars, evaluated in order. {@code vars} is the merged map of them all but the saved values.
 * The {@code --var}s are also in the outermost layer, so that the environment's vars may use them.
 */
final class ScopeBuilder {
    private final RunServices run;

    ScopeBuilder(RunServices run) {
        this.run = run;
    }

    Scope build(Scenario scenario, ScenarioInfo info, Map<String, Object> row, Map<String, Object> runSaved) {
        Map<String, Object> all = new LinkedHashMap<>();
        Scope savedLayer = base(info, all).child(runSaved);
        Scope rowLayer = savedLayer.child(row);
        all.putAll(row);
        Scope varsLayer = rowLayer.child();
        scenario.vars().forEach((k, v) -> {
            Object value = run.expressions().render(v, varsLayer);
            varsLayer.set(k, value);
            all.put(k, value);
        });
        return varsLayer;
    }

    /**
     * The scope a fragment's steps start from (spec §2.6): the run's layers and what the run-level setup saved, not
     * the scenario's row or vars; its {@code vars} merges only those.
     */
    Scope fragmentBase(ScenarioInfo info, Map<String, Object> runSaved) {
        return base(info, new LinkedHashMap<>()).child(runSaved);
    }

    /** The layers of the run, the same for every scenario; {@code all} receives their merged vars. */
    private Scope base(ScenarioInfo info, Map<String, Object> all) {
        Map<String, Object> root = new LinkedHashMap<>(run.cliVars());
        root.put("run", Map.of("id", run.runId(), "startedAt", run.startedAt().toString()));
        root.put("scenario", Map.of("name", info.name(), "file", info.file()));
        root.put("trace", info.trace().header() == null ? Map.of("id", info.trace().id())
                : Map.of("id", info.trace().id(), "header", info.trace().header()));
        root.put("env", new EnvironmentVariables(run.systemEnvironment()));
        all.putAll(run.cliVars());
        root.put("vars", all);
        Scope envLayer = rendered(Scope.root(root).child(), run.environment().section("vars"), all);
        Scope filesLayer = rendered(envLayer.child(), run.fileVars(), all);
        all.putAll(run.cliVars());
        return filesLayer.child(new LinkedHashMap<>(run.cliVars()));
    }

    private Scope rendered(Scope layer, Map<String, Object> vars, Map<String, Object> all) {
        vars.forEach((k, v) -> {
            Object value = run.expressions().render(v, layer);
            layer.set(k, value);
            all.put(k, value);
        });
        return layer;
    }
}
