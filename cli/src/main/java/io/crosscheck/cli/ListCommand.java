package io.crosscheck.cli;

import io.crosscheck.engine.model.Scenario;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crosscheck list}: the scenarios with their positions and tags. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List scenarios with their tags.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PathOptions paths = new PathOptions();

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        for (Scenario s : paths.prepare().plan().scenarios()) {
            String tags = s.tags().isEmpty() ? "" : "  [" + String.join(", ", s.tags()) + "]";
            String rows = s.examples().isEmpty() ? "" : "  (" + s.examples().size() + " examples)";
            out.println(s.position() + "  " + s.name() + tags + rows);
        }
        return 0;
    }
}
