package io.crosscheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The main class of {@code crosscheck.jar}. A JVM takes no options from a jar's manifest, and the ones crosscheck
 * runs best with (C1 only, the serial collector, a small first heap, a class-data archive of its own classes) make
 * a one-call run twice as fast as the JVM's defaults; so {@code java -jar crosscheck.jar ...} runs crosscheck in a
 * JVM of its own started with them, as {@code ./crosscheck} does, and ends with its exit code.
 *
 * <p>The JVM options given to {@code java} come after these, so a later one wins; one that picks a collector, a
 * heap size or a class-data archive leaves this launcher's choice of that out, as the JVM refuses two of them. A
 * SIGTERM or Ctrl-C reaches the run, which stops and writes its reports; killed outright, this process takes the
 * run down with it the same way. {@code -Dcrosscheck.relaunch=false} runs crosscheck in this JVM instead.
 */
public final class JarLauncher {
    /** The system property that keeps crosscheck in the JVM {@code java -jar} started. */
    private static final String RELAUNCH = "crosscheck.relaunch";
    /** The system property naming the launching process, whose end stops the run. */
    private static final String PARENT = "crosscheck.parent";
    // the options ./crosscheck starts with, measured in its comments: keep the two alike
    private static final List<String> COMPILER = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-XX:CompileThresholdScaling=0.3");
    private static final List<String> COLLECTOR = List.of("-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0");
    private static final List<String> HEAP = List.of("-Xms128m", "-Xmn10m");
    private static final Pattern PICKS_COLLECTOR = Pattern.compile("-XX:\\+Use\\w*GC");
    private static final Pattern SIZES_HEAP = Pattern.compile("-Xm[snx].*|-XX:(Initial|Max|Min)HeapSize=.*|-XX:(Max)?NewSize=.*");
    private static final Pattern PICKS_ARCHIVE = Pattern.compile("-Xshare:.*|-XX:(SharedArchiveFile|ArchiveClassesAtExit)=.*"
            + "|-XX:[+-]UseSharedSpaces");
    private static final String MAIN = "io.crosscheck.cli.Main";
    private static final List<String> QUIET_ARCHIVE = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private JarLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Optional<List<String>> command = Boolean.parseBoolean(System.getProperty(RELAUNCH, "true"))
                ? command(args) : Optional.empty();
        if (command.isEmpty()) {
            Main.main(args);
            return;
        }
        Process run = new ProcessBuilder(command.get()).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(run), "crosscheck-stop-run"));
        System.exit(run.waitFor());
    }

    /** The run's command line; empty when this JVM's own options or jar cannot be read, so it runs here. */
    static Optional<List<String>> command(String[] args) {
        Optional<Path> jar = jar();
        Optional<List<String>> given = commandLine().filter(a -> a.contains("-jar"))
                .map(a -> a.subList(1, a.indexOf("-jar")));
        if (jar.isEmpty() || given.isEmpty()) return Optional.empty();
        List<String> options = new ArrayList<>(given.get());
        options.addAll(fromEnvironment("JDK_JAVA_OPTIONS"));
        options.addAll(fromEnvironment("JAVA_TOOL_OPTIONS"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(COMPILER);
        if (none(options, PICKS_COLLECTOR)) command.addAll(COLLECTOR);
        if (none(options, SIZES_HEAP)) command.addAll(HEAP);
        if (none(options, PICKS_ARCHIVE)) command.addAll(archive(jar.get(), args));
        command.addAll(given.get()); // the environment's options reach the new JVM the way they reached this one
        command.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        command.addAll(List.of("-cp", jar.get().toString(), MAIN));
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * This process's command line, the program first. Linux's {@code /proc} has it at once; {@link ProcessHandle.Info}
     * takes a fifth of this launcher's time to say the same.
     */
    private static Optional<List<String>> commandLine() {
        try {
            String all = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8);
            return Optional.of(List.of(all.split("\0")));
        } catch (IOException | RuntimeException notLinux) {
            ProcessHandle.Info info = ProcessHandle.current().info();
            if (info.command().isEmpty() || info.arguments().isEmpty()) return Optional.empty();
            List<String> line = new ArrayList<>(List.of(info.command().get()));
            line.addAll(List.of(info.arguments().get()));
            return Optional.of(line);
        }
    }

    /**
     * Called by {@link Main} in the JVM this launcher started: when the launching process ends first (killed
     * outright), the run stops as on SIGTERM, writing its reports, rather than run on with nobody waiting for it.
     */
    static void stopWithParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null) return;
        ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                p -> p.onExit().thenRun(() -> System.exit(143)), () -> System.exit(143));
    }

    /**
     * The class-data archive of this jar and this JVM: used when it exists; recorded at the end of a {@code run} or
     * {@code demo} (never of {@code --version} or {@code validate}, whose archive would hold a fraction of the
     * classes a run needs) when the jar's folder can take it. A newer jar or another JVM gets an archive of its own.
     */
    private static List<String> archive(Path jar, String[] args) {
        Path dir = jar.getParent();
        String prefix = jar.getFileName() + ".";
        long modified;
        try {
            modified = Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return List.of();
        }
        String key = Integer.toHexString((System.getProperty("java.home") + "|" + modified).hashCode());
        Path archive = dir.resolve(prefix + key + ".jsa");
        List<String> options = new ArrayList<>();
        if (Files.isRegularFile(archive)) {
            options.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
        } else if (args.length > 0 && (args[0].equals("run") || args[0].equals("demo")) && Files.isWritable(dir)) {
            deleteOlder(dir, prefix);
            options.add("-XX:ArchiveClassesAtExit=" + archive);
        } else {
            return List.of();
        }
        options.addAll(QUIET_ARCHIVE);
        return options;
    }

    private static void deleteOlder(Path dir, String prefix) {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, prefix + "*.jsa")) {
            for (Path p : old) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // an archive left behind costs disk space only
        }
    }

    /**
     * The jar {@code java -jar} names, which is the whole class path then; empty otherwise. (Asking this class's
     * code source takes as long as all the rest of this launcher.)
     */
    private static Optional<Path> jar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator)) return Optional.empty();
        Path jar = Path.of(classPath).toAbsolutePath(); // as the class-data archive records it
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    private static List<String> fromEnvironment(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static boolean none(List<String> options, Pattern pattern) {
        return options.stream().noneMatch(o -> pattern.matcher(o).matches());
    }

    /** SIGTERM or Ctrl-C here: the run gets SIGTERM too, and this process waits for its reports. */
    private static void stop(Process run) {
        if (!run.isAlive()) return;
        run.destroy();
        try {
            run.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
