package io.crosscheck.engine.plan;

import io.crosscheck.engine.model.Environment;
import io.crosscheck.engine.model.EvidenceSpec;
import io.crosscheck.engine.model.Fragment;
import io.crosscheck.engine.model.ProjectConfig;
import io.crosscheck.engine.model.RunHooks;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.model.ScenarioRun;
import io.crosscheck.engine.spi.step.Problems;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validated scenarios to run (after tag and shard selection), with the config and chosen environment;
 * {@code runs} are their runs (scenario × example row) in the order they run, each with its id.
 * {@code discovered} holds every scenario found, before selection, to say why a selection came out empty.
 * {@code hooks} are the run-level setup and teardown; {@code fileVars} the merged vars files, templates kept;
 * {@code fragments} the fragment files found among the scenario files (spec §2.6), which do not run by themselves;
 * {@code evidence} the sources of crosscheck.yaml's {@code evidence:} (spec §8).
 */
public record Plan(ProjectConfig config, Environment environment, List<Scenario> scenarios, List<ScenarioRun> runs,
                   Problems problems, List<Scenario> discovered, RunHooks hooks, Map<String, Object> fileVars,
                   List<Fragment> fragments, List<EvidenceSpec> evidence) {

    public Plan {
        evidence = List.copyOf(evidence);
        scenarios = List.copyOf(scenarios);
        runs = List.copyOf(runs);
    }

    /** The same plan with only the runs of these ids (e.g. those a test launcher kept), in plan order. */
    public Plan only(Collection<String> runIds) {
        Set<String> wanted = Set.copyOf(runIds);
        List<ScenarioRun> kept = runs.stream().filter(r -> wanted.contains(r.id())).toList();
        Set<Scenario> keptScenarios = new LinkedHashSet<>();
        kept.forEach(r -> keptScenarios.add(r.scenario()));
        return new Plan(config, environment, List.copyOf(keptScenarios), kept, problems, discovered, hooks, fileVars,
                fragments, evidence);
    }
}
