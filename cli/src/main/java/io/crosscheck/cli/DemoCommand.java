package io.crosscheck.cli;

import io.crosscheck.engine.RunOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck demo}: starts the demo system, writes the {@code crosscheck.yaml} that reaches it and runs
 * {@code scenarios/} against it like {@code run} (same console, reports, exit codes). {@code --serve} keeps the
 * system up instead, until Ctrl-C, for scenarios run from elsewhere.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Start the bundled energy-utility demo system and run scenarios/ against it.")
final class DemoCommand implements Callable<Integer> {
    /** The scenarios that fail because of {@code --culprit}'s broken service; not run without it. */
    static final String CULPRIT_SCENARIOS = "demo/scenarios/culprit";
    /** The scenarios of the system {@code --full} starts (Cassandra); not run without it. */
    static final String FULL_SCENARIOS = "demo/scenarios/full";

    @Spec
    CommandSpec spec;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "The scenarios to run (default: scenarios/ in this folder or the nearest one above)")
    Path scenarios;

    @Option(names = "--serve", description = "Start the system, print its crosscheck.yaml and keep it up until Ctrl-C")
    boolean serve;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/crosscheck-demo",
            description = "Where the system's data and its crosscheck.yaml go (default target/crosscheck-demo)")
    Path workDir;

    @Option(names = "--culprit", description = "Break one service on purpose (Consumption) and also run the scenario that"
            + " fails because of it, from demo/scenarios/culprit/")
    boolean culprit;

    @Option(names = "--full", description = "Add Cassandra (Consumption's archive of meter readings) and also run its"
            + " scenarios, from demo/scenarios/full/")
    boolean full;

    @Option(names = "--debug", description = "Print stack traces of internal errors")
    boolean debug;

    @Mixin
    RunCommand.RunFlags flags = new RunCommand.RunFlags();

    @Override
    public Integer call() throws Exception {
        Path scenarioDir = serve ? null : scenarioDir();
        List<Path> extra = new ArrayList<>();
        if (!serve && culprit) extra.add(nearest(CULPRIT_SCENARIOS, "--culprit"));
        if (!serve && full) extra.add(nearest(FULL_SCENARIOS, "--full"));
        Set<String> switches = new java.util.TreeSet<>();
        if (culprit) switches.add("culprit");
        if (full) switches.add("full");
        PrintWriter out = spec.commandLine().getOut();
        String token = token();
        Files.createDirectories(workDir);
        out.println("crosscheck demo: starting the demo system (Kafka, Solr, " + (full ? "Cassandra, " : "")
                + "H2, five services)...");
        out.flush();
        try (DemoJar system = DemoJar.start(workDir.toAbsolutePath(), token, switches)) {
            Path envDir = Files.createDirectories(workDir.resolve("environment"));
            Path config = envDir.resolve("crosscheck.yaml");
            Files.writeString(config, system.crosscheckYaml());
            out.printf("crosscheck demo: system up in %.1f s (%s)%n", system.startTime().toMillis() / 1000.0,
                    system.startDetail());
            return serve ? serve(system, config, out) : run(envDir, scenarioDir, extra, token);
        }
    }

    /** Runs like {@code run}: the environment folder goes first, so its crosscheck.yaml is the one in force. */
    private int run(Path envDir, Path scenarioDir, List<Path> extra, String token) throws Exception {
        PathOptions paths = new PathOptions();
        paths.paths = new ArrayList<>(List.of(envDir, scenarioDir));
        paths.paths.addAll(extra);
        paths.debug = debug;
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(DemoJar.TOKEN_VARIABLE, token);
        RunOptions options = paths.toRunOptions().env("demo").systemEnvironment(env);
        int exit = RunCommand.execute(spec, paths, flags, options);
        PrintWriter out = spec.commandLine().getOut();
        out.println("crosscheck demo: open " + flags.reportDir.resolve("index.html").toAbsolutePath().normalize());
        out.flush();
        return exit;
    }

    private int serve(DemoJar system, Path config, PrintWriter out) throws Exception {
        out.println();
        out.println("# " + config.toAbsolutePath().normalize());
        out.print(system.crosscheckYaml());
        out.println();
        out.println("Copy this crosscheck.yaml beside your scenarios (or use the file above), then in another terminal:");
        out.println("  export " + DemoJar.TOKEN_VARIABLE + "=" + system.apiToken());
        out.println("  ./crosscheck run path/to/your/scenarios");
        out.println("Press Ctrl-C to stop the demo system.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            try {
                system.close();
            } catch (Exception e) {
                // the JVM is exiting: what did not stop dies with it
            }
            stopped.countDown();
        }, "crosscheck-demo-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            stopped.await(); // until Ctrl-C, or until this thread is interrupted (embedding, tests)
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
            out.println("crosscheck demo: stopped");
            out.flush();
        }
        return 0;
    }

    /** {@code --scenarios}, or {@code scenarios/} in the working folder or the nearest folder above it. */
    private Path scenarioDir() {
        if (scenarios != null) {
            if (!Files.isDirectory(scenarios)) throw new IllegalArgumentException("--scenarios: no such folder " + scenarios);
            return scenarios;
        }
        return nearest("scenarios", "--scenarios DIR");
    }

    /** The folder {@code relative} in the working folder or the nearest folder above it. */
    private static Path nearest(String relative, String option) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) return dir.resolve(relative);
        }
        throw new IllegalArgumentException("no " + relative + "/ folder here or above " + Path.of("").toAbsolutePath()
                + (option.startsWith("--scenarios") ? "; name one with " + option : " (" + option + " runs its scenarios)"));
    }

    /** Billing's token: the caller's {@code DEMO_API_TOKEN}, or a fresh one that only this run knows. */
    private static String token() {
        String token = System.getenv(DemoJar.TOKEN_VARIABLE);
        return token == null || token.isBlank() ? UUID.randomUUID().toString() : token;
    }
}
