package io.crosscheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crosscheck validate}: parse, check names and expressions; touches no system. */
@Command(name = "validate", mixinStandardHelpOptions = true, addMethodSubcommands = false, description = "Check scenarios and config without running anything.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PathOptions paths = new PathOptions();

    @Override
    public Integer call() throws Exception {
        int n = paths.prepare().plan().scenarios().size();
        spec.commandLine().getOut().println("ok: " + n + (n == 1 ? " scenario" : " scenarios") + ", no problems");
        return 0;
    }
}
