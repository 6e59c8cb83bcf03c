package io.crosscheck.cli;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.plan.ConfigLoader;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every command shares: the scenario paths, the environment, extra jars, --debug. */
final class PathOptions {
    @Parameters(paramLabel = "PATH", description = "Scenario files or folders (default: scenarios/ if present, else .)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME", description = "Environment of crosscheck.yaml (default: the first)")
    String environment;

    @Option(names = "--classpath", paramLabel = "JARS", split = ":",
            description = "Extra jars (JDBC drivers, step plugins); jars in lib/ beside crosscheck.yaml are added too")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--debug", description = "Print stack traces of internal errors")
    boolean debug;

    List<Path> resolvedPaths() {
        if (!paths.isEmpty()) return paths;
        Path scenarios = Path.of("scenarios");
        return List.of(Files.isDirectory(scenarios) ? scenarios : Path.of("."));
    }

    /** Loads and validates the scenarios with lib/ and --classpath jars visible (throws on bad input). */
    Crosscheck prepare() throws IOException {
        Thread.currentThread().setContextClassLoader(classLoader());
        return Crosscheck.prepare(toRunOptions());
    }

    RunOptions toRunOptions() {
        return RunOptions.of(resolvedPaths().toArray(Path[]::new)).env(environment);
    }

    /** A class loader with lib/*.jar and --classpath over the CLI's own, so drivers and plugins are found. */
    ClassLoader classLoader() throws IOException {
        List<URL> urls = new ArrayList<>();
        Path lib = ConfigLoader.projectDir(resolvedPaths().get(0)).resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) urls.add(url(jar));
            }
        }
        for (Path p : classpath) {
            if (!Files.exists(p)) throw new IllegalArgumentException("--classpath: no such file " + p);
            urls.add(url(p));
        }
        ClassLoader parent = PathOptions.class.getClassLoader();
        return urls.isEmpty() ? parent : new URLClassLoader(urls.toArray(URL[]::new), parent);
    }

    private static URL url(Path p) throws MalformedURLException {
        return p.toAbsolutePath().toUri().toURL();
    }
}
