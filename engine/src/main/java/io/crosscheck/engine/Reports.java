package io.crosscheck.engine;

import io.crosscheck.engine.spi.report.Reporter;
import io.crosscheck.engine.result.RunResult;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Writes every report found with ServiceLoader (html, junit, json...) into a folder. Each report is written into a
 * staging folder beside its place and renamed over it when complete (every file and folder the reporter made), so a reader (or a full disk) never meets a
 * half-written results.json: the old file stays until the new one is whole.
 */
public final class Reports {
    private Reports() {
    }

    /**
     * Makes sure reports can be written into {@code dir} before anything runs: creates it and writes a probe file.
     * @throws IllegalArgumentException naming the folder and the reason when it cannot be used
     */
    public static void checkWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".crosscheck-probe-", ""));
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot write reports to " + dir + ": " + reason(e)
                    + " (choose another folder with --report-dir)");
        }
    }

    public static List<Path> write(RunResult result, Path dir, ClassLoader loader) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Reporter reporter : ServiceLoader.load(Reporter.class, loader)) {
            Path staging = Files.createTempDirectory(dir, ".crosscheck-" + reporter.name() + "-");
            try {
                Path file = reporter.write(result, staging);
                try (Stream<Path> made = Files.list(staging)) {
                    for (Path entry : made.toList()) moveInto(dir, entry);
                }
                written.add(dir.resolve(staging.relativize(file)));
            } catch (IOException | RuntimeException e) {
                failures.add("cannot write " + dir.resolve(partialName(staging, reporter)) + ": " + reason(e));
            } finally {
                deleteTree(staging);
            }
        }
        if (!failures.isEmpty()) throw new IOException(String.join("; ", failures));
        return written;
    }

    /** A file replaces its old self in one rename; a folder (a reporter's set of files) replaces the old folder. */
    private static Path moveInto(Path dir, Path file) throws IOException {
        Path target = dir.resolve(file.getFileName().toString());
        if (Files.isDirectory(target)) deleteTree(target);
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file a failed reporter had begun, which names the report better than the reporter's short name. */
    private static String partialName(Path staging, Reporter reporter) {
        try (Stream<Path> files = Files.list(staging)) {
            return files.map(f -> f.getFileName().toString()).findFirst().orElse(reporter.name() + " report");
        } catch (IOException e) {
            return reporter.name() + " report";
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover staging folder is hidden and harmless
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
