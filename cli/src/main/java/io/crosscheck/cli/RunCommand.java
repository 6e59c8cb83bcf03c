package io.crosscheck.cli;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.Reports;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.plan.Plan;
import io.crosscheck.engine.plan.Selection;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.reporters.AllureResults;
import io.crosscheck.reporters.ConsoleReporter;
import io.crosscheck.reporters.GithubAnnotations;
import io.crosscheck.reporters.HtmlReporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck run}: validate everything, run, write index.html, junit.xml and results.json. */
@Command(name = "run", mixinStandardHelpOptions = true, addMethodSubcommands = false, description = "Run scenarios and write reports.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PathOptions paths = new PathOptions();

    @Mixin
    RunFlags flags = new RunFlags();

    @Override
    public Integer call() throws Exception {
        return execute(spec, paths, flags, paths.toRunOptions());
    }

    /** Shared with {@code demo}: runs the given options with the console, reports and Ctrl-C handling. */
    static int execute(CommandSpec spec, PathOptions paths, RunFlags flags, RunOptions base) throws Exception {
        ClassLoader loader = paths.classLoader();
        Thread.currentThread().setContextClassLoader(loader);
        Terminal terminal = Terminal.detect(System.getenv());
        var stdout = new java.io.PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true);
        RunOptions options = flags.apply(base);
        List<RunListener> listeners = new ArrayList<>(List.of(new ConsoleReporter(stdout, terminal.color(), terminal.live())));
        if (GithubAnnotations.wanted(base.systemEnvironment())) listeners.add(new GithubAnnotations(stdout));
        Thread warmUp = new Thread(HtmlReporter::warmUp, "crosscheck-report-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Crosscheck crosscheck = Crosscheck.prepare(options);
        Plan plan = crosscheck.plan();
        if (plan.scenarios().isEmpty() && !flags.allowEmpty) {
            throw new IllegalArgumentException("no scenario selected: " + Selection.whyNothing(plan.discovered(),
                    options.tags(), options.plan().shardIndex(), options.plan().shardTotal()) + " (--allow-empty accepts that)");
        }
        Reports.checkWritable(flags.reportDir);
        Path allureDir = flags.allureDir != null ? flags.allureDir : plan.config().allureDir();
        if (allureDir != null) Reports.checkWritable(allureDir);
        CountDownLatch reportsWritten = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            crosscheck.cancel();
            try {
                reportsWritten.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "crosscheck-interrupt");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            RunResult result = crosscheck.run(listeners);
            List<Path> files = new ArrayList<>(Reports.write(result, flags.reportDir, loader));
            if (allureDir != null) {
                new AllureResults().write(result, allureDir);
                files.add(allureDir);
            }
            var out = spec.commandLine().getOut();
            for (Path f : files) out.println("report: " + f);
            out.flush();
            return result.passed() && !result.interrupted() ? 0 : 1;
        } finally {
            reportsWritten.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: Ctrl-C
            }
        }
    }

    /** The options of {@code run} beyond paths. */
    static final class RunFlags {
        @Option(names = "--tags", split = ",", paramLabel = "TAGS", description = "Only scenarios with any of these tags; !tag excludes")
        List<String> tags = new ArrayList<>();

        @Option(names = "--var", paramLabel = "K=V", description = "A variable for every scenario (repeatable)")
        Map<String, String> vars = new LinkedHashMap<>();

        @Option(names = "--vars-file", paramLabel = "FILE",
                description = "A YAML map of variables, read after crosscheck.yaml's varsFiles (repeatable; later wins, --var over all)")
        List<Path> varsFiles = new ArrayList<>();

        @Option(names = "--parallel", paramLabel = "N", defaultValue = "1", description = "Scenarios run at once (default 1)")
        int parallel;

        @Option(names = "--shard", paramLabel = "I/N", description = "Run part I of N (1-based), e.g. 2/4")
        String shard;

        @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/crosscheck", description = "Where reports go (default target/crosscheck)")
        Path reportDir;

        @Option(names = "--allure-dir", paramLabel = "DIR", description = "Also write Allure 2 results into DIR")
        Path allureDir;

        @Option(names = "--fail-fast", description = "Stop after the first failed scenario")
        boolean failFast;

        @Option(names = "--allow-empty", description = "A run that selects no scenario passes (else it is exit 2)")
        boolean allowEmpty;

        @Option(names = "--evidence", paramLabel = "WHEN", defaultValue = "on-failure",
                description = "When crosscheck.yaml's evidence sources are read: on-failure (default), always or never")
        String evidence;

        RunOptions apply(RunOptions base) {
            RunOptions o = base.vars(vars).varsFiles(varsFiles).tags(tags).parallel(parallel).failFast(failFast)
                    .evidence(io.crosscheck.engine.model.EvidenceMode.parse(evidence));
            int[] s = Shards.parse(shard, System.getenv());
            return o.shard(s[0], s[1]);
        }
    }
}
