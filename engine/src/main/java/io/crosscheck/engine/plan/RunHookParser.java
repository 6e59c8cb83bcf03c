package io.crosscheck.engine.plan;

import io.crosscheck.engine.model.ProjectConfig;
import io.crosscheck.engine.model.RunHooks;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.util.List;
import java.util.function.BiConsumer;

/** {@code setup} and {@code teardown} of crosscheck.yaml: lists of steps, parsed and checked as a scenario's are. */
final class RunHookParser {
    private final StepParser steps;
    private final BiConsumer<ConfigNode, Problems> templates;

    RunHookParser(StepParser steps, BiConsumer<ConfigNode, Problems> templates) {
        this.steps = steps;
        this.templates = templates;
    }

    RunHooks parse(ProjectConfig config, Problems problems) {
        ConfigNode root = config.root();
        if (root == null || !root.isMap()) return RunHooks.none();
        java.nio.file.Path file = config.file() != null ? config.file() : config.dir().resolve(ConfigLoader.FILE_NAME);
        return new RunHooks(list(root, "setup", Phase.SETUP, file, problems), at(root, "setup"),
                list(root, "teardown", Phase.TEARDOWN, file, problems), at(root, "teardown"));
    }

    private static Position at(ConfigNode root, String key) {
        return root.entries().containsKey(key) ? root.keyPosition(key) : null;
    }

    private List<Step> list(ConfigNode root, String key, Phase phase, java.nio.file.Path file, Problems problems) {
        return steps.parseList(root, key, phase, file, templates, problems);
    }
}
