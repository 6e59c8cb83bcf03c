package io.crosscheck.cli;

import io.crosscheck.engine.model.Fragment;
import io.crosscheck.engine.model.Scenario;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck list}: the scenarios with their positions and tags, then apart the fragment files found beside
 * them (which run only through a {@code use} step) with their parameters, a required one marked {@code *}.
 */
@Command(name = "list", mixinStandardHelpOptions = true, addMethodSubcommands = false, description = "List scenarios with their tags, then fragments.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PathOptions paths = new PathOptions();

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var plan = paths.prepare().plan();
        for (Scenario s : plan.scenarios()) {
            String tags = s.tags().isEmpty() ? "" : "  [" + String.join(", ", s.tags()) + "]";
            String rows = s.examples().isEmpty() ? "" : "  (" + s.examples().size() + " examples)";
            out.println(s.position() + "  " + s.name() + tags + rows);
        }
        if (!plan.fragments().isEmpty()) {
            out.println();
            out.println("fragments:");
            for (Fragment f : plan.fragments()) {
                String params = f.params().entrySet().stream().map(e -> e.getKey() + (e.getValue() == null ? "*" : ""))
                        .collect(Collectors.joining(", "));
                out.println(f.position() + "  " + f.name() + (params.isEmpty() ? "" : "  (" + params + ")"));
            }
        }
        return 0;
    }
}
