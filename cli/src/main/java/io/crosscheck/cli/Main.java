package io.crosscheck.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code crosscheck run | validate | list}: exit 0 all passed, 1 a scenario failed, 2 bad input. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Version.class,
        description = "Declarative YAML end-to-end test scenarios for microservice systems.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order help lists them. Picocli reflects over a command's options, mixins and
     * annotations when it is added, about a tenth of a one-call run for all six, so a command line that names one
     * gets only that one; any other (help, no command, a typo) gets all, and picocli answers as it always did. No
     * command is a method ({@code addMethodSubcommands = false}): picocli need not read every method's annotations.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();
    private static final String COMMONS_LOGGING = "org.apache.commons.logging.LogFactory";

    static {
        // Libraries that log through commons-logging (JEXL, SolrJ's HTTP client) would find Log4j on the classpath and
        // start its core, about 500 classes and half a second before anything is checked; like every other library
        // log, theirs goes to SLF4J, which prints nothing (slf4j-nop). Set the property to log them after all.
        if (System.getProperty(COMMONS_LOGGING) == null) {
            System.setProperty(COMMONS_LOGGING, "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
    }

    public static void main(String[] args) {
        JarLauncher.stopWithParent();
        if (args.length > 0 && java.util.Set.of("run", "validate", "list").contains(args[0])) {
            io.crosscheck.engine.Crosscheck.warmUpInBackground(); // while picocli reads the command line
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code (for tests and embedding). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        String named = args.length > 0 && !args[0].equals("help") && COMMANDS.containsKey(args[0]) ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) cl.addSubcommand(name, command.get());
        });
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.setExecutionExceptionHandler(new ErrorHandler());
            // `crosscheck run --version` prints the version too, not an empty line
            sub.getCommandSpec().versionProvider(new Version());
        }
        return cl.execute(args);
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("run", RunCommand::new);
        all.put("validate", ValidateCommand::new);
        all.put("list", ListCommand::new);
        all.put("merge", MergeCommand::new);
        all.put("demo", DemoCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return all;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: run, validate, list");
    }
}
