package io.crosscheck.engine.plan;

import io.crosscheck.engine.model.Environment;
import io.crosscheck.engine.model.ProjectConfig;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.spi.Problems;
import java.util.List;

/**
 * The validated scenarios to run (after tag and shard selection), with the config and chosen environment;
 * {@code discovered} holds every scenario found, before selection, to say why a selection came out empty.
 */
public record Plan(ProjectConfig config, Environment environment, List<Scenario> scenarios, Problems problems,
                   List<Scenario> discovered) {
}
