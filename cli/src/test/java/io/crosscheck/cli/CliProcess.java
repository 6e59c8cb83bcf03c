package io.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The CLI in a JVM of its own, as a CI job starts it: its own environment, signals, exit code and output. */
record CliProcess(Process process, Path output) {

    static CliProcess start(Path workDir, Map<String, String> env, String... args) throws IOException {
        return start(workDir, env, List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()), args);
    }

    /** {@code java OPTIONS -jar target/crosscheck.jar ARGS}, as a user starts the built jar. */
    static CliProcess startJar(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        List<String> launch = new ArrayList<>(jvmOptions);
        launch.addAll(List.of("-jar", Path.of("target", "crosscheck.jar").toAbsolutePath().toString()));
        return start(workDir, Map.of(), launch, args);
    }

    private static CliProcess start(Path workDir, Map<String, String> env, List<String> launch, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(launch);
        command.addAll(List.of(args));
        Path output = Files.createTempFile(workDir, "console-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeAll(List.of("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "GITHUB_ACTIONS"));
        builder.environment().putAll(env);
        return new CliProcess(builder.start(), output);
    }

    /** Waits for the end; the exit code. */
    int await() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not end within 120 s");
        }
        return process.exitValue();
    }

    String console() throws IOException {
        return Files.readString(output);
    }
}
