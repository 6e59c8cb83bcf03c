package io.crosscheck.engine.plan;

import io.crosscheck.engine.model.Environment;
import io.crosscheck.engine.model.EvidenceSpec;
import io.crosscheck.engine.model.Fragment;
import io.crosscheck.engine.model.ProjectConfig;
import io.crosscheck.engine.model.RunHooks;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.spi.Problems;
import java.util.List;
import java.util.Map;

/**
 * The validated scenarios to run (after tag and shard selection), with the config and chosen environment;
 * {@code discovered} holds every scenario found, before selection, to say why a selection came out empty.
 * {@code hooks} are the run-level setup and teardown; {@code fileVars} the merged vars files, templates kept;
 * {@code fragments} the fragment files found among the scenario files (spec §2.6), which do not run by themselves;
 * {@code evidence} the sources of crosscheck.yaml's {@code evidence:} (spec §8).
 */
public record Plan(ProjectConfig config, Environment environment, List<Scenario> scenarios, Problems problems,
                   List<Scenario> discovered, RunHooks hooks, Map<String, Object> fileVars, List<Fragment> fragments,
                   List<EvidenceSpec> evidence) {

    /** Without evidence sources. */
    public Plan(ProjectConfig config, Environment environment, List<Scenario> scenarios, Problems problems,
                List<Scenario> discovered, RunHooks hooks, Map<String, Object> fileVars, List<Fragment> fragments) {
        this(config, environment, scenarios, problems, discovered, hooks, fileVars, fragments, List.of());
    }

    /** The same plan with other scenarios (e.g. those a test launcher kept). */
    public Plan with(List<Scenario> kept) {
        return new Plan(config, environment, kept, problems, discovered, hooks, fileVars, fragments, evidence);
    }
}
