package io.crosscheck.junit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.reporters.ResultsJsonReader;
import io.crosscheck.steps.http.CallHandler;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A copy of examples/consumer built by the machine's own {@code mvn}, as a team would build it, against the crosscheck
 * modules of this build. They are laid out as a Maven repository of the copy's own (the shared local repository is
 * never written); every other artifact comes, without network, from the repository this build already uses.
 */
final class ConsumerBuild {
    /** The crosscheck modules the example uses, and a class of each to find this build's jar of it. */
    private static final Map<String, Class<?>> MODULES = Map.of(
            "crosscheck-engine", Crosscheck.class,
            "crosscheck-junit", CrosscheckTestEngine.class,
            "crosscheck-steps-http", CallHandler.class,
            "crosscheck-reporters", ResultsJsonReader.class);
    private static final Map<String, String> FOLDERS = Map.of(
            "crosscheck-engine", "engine", "crosscheck-junit", "junit",
            "crosscheck-steps-http", "steps/http", "crosscheck-reporters", "reporters");

    private final Path root;
    private final Path work;

    ConsumerBuild(Path root, Path work) {
        this.root = root;
        this.work = work;
    }

    /** The machine's {@code mvn}, if there is one on the PATH. */
    static Optional<Path> mvn() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path mvn = Path.of(dir, "mvn");
            if (Files.isExecutable(mvn)) return Optional.of(mvn);
        }
        return Optional.empty();
    }

    /** Copies examples/consumer and prepares its repository; returns the copy. */
    Path prepare(String version) throws IOException {
        Path project = work.resolve("consumer");
        copy(root.resolve("examples/consumer"), project);
        Path repo = work.resolve("repository");
        install(repo, "crosscheck-parent", version, root.resolve("pom.xml"), null);
        for (var module : MODULES.entrySet()) {
            install(repo, module.getKey(), version, root.resolve(FOLDERS.get(module.getKey())).resolve("pom.xml"),
                    jar(module.getValue()));
        }
        Path shared = Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
        Files.writeString(work.resolve("settings.xml"), """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors><mirror><id>this-build</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
                </settings>
                """.formatted(repo, shared.toUri()));
        return project;
    }

    /** Runs {@code mvn -B -q test} with these arguments; returns the exit code, Maven's output in {@code log}. */
    int mvn(Path project, Map<String, String> env, StringBuilder log, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(mvn().orElseThrow().toString(), "-B", "-q",
                "-s", work.resolve("settings.xml").toString(), "test"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        log.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("mvn did not finish in 5 minutes:\n" + log);
        }
        return process.exitValue();
    }

    private static void install(Path repo, String artifact, String version, Path pom, Path jar) throws IOException {
        Path dir = repo.resolve("io/crosscheck").resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifact + "-" + version + ".pom"));
        if (jar != null) Files.copy(jar, dir.resolve(artifact + "-" + version + ".jar"));
    }

    /** This build's jar of the module holding {@code type}: the packaged jar, or its classes packed into one. */
    private Path jar(Class<?> type) throws IOException {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isRegularFile(location)) return location;
        Path jar = work.resolve(type.getSimpleName() + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(location)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(location.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
