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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * Writes the reports side by side, one thread each: they only read the finished result, and one after another
     * they took a sixth of a 3,000-step run on two cores. The reports' order (and that of any failures) is the
     * loader's; the caller waits for all of them even when interrupted, so a stopped run still gets its reports.
     */
    public static List<Path> write(RunResult result, Path dir, ClassLoader loader) throws IOException {
        Files.createDirectories(dir);
        List<Reporter> reporters = new ArrayList<>();
        ServiceLoader.load(Reporter.class, loader).forEach(reporters::add);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, reporters.size()), r -> {
            Thread t = new Thread(r, "crosscheck-report");
            t.setDaemon(true);
            t.setContextClassLoader(context);
            return t;
        });
        List<Future<Written>> pending = new ArrayList<>();
        try {
            for (Reporter reporter : reporters) pending.add(threads.submit(() -> write(reporter, result, dir)));
            // every report is finished before any failure is thrown: none is left writing while the caller goes on
            for (Future<Written> f : pending) awaitUninterruptibly(f);
            List<Path> written = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Future<Written> f : pending) {
                Written w = outcome(f);
                if (w.file() != null) written.add(w.file());
                else failures.add(w.failure());
            }
            if (!failures.isEmpty()) throw new IOException(String.join("; ", failures));
            return written;
        } finally {
            threads.shutdown();
        }
    }

    /** One report: its file in {@code dir}, or why it could not be written. */
    private record Written(Path file, String failure) {
    }

    private static Written write(Reporter reporter, RunResult result, Path dir) throws IOException {
        Path staging = Files.createTempDirectory(dir, ".crosscheck-" + reporter.name() + "-");
        try {
            Path file = reporter.write(result, staging);
            try (Stream<Path> made = Files.list(staging)) {
                for (Path entry : made.toList()) moveInto(dir, entry);
            }
            return new Written(dir.resolve(staging.relativize(file)), null);
        } catch (IOException | RuntimeException e) {
            return new Written(null, "cannot write " + dir.resolve(partialName(staging, reporter)) + ": " + reason(e));
        } finally {
            deleteTree(staging);
        }
    }

    private static void awaitUninterruptibly(Future<Written> f) {
        boolean interrupted = false;
        while (!f.isDone()) {
            try {
                f.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                // read by outcome
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** A finished report's outcome; a staging folder that could not be made fails the whole write, as it did. */
    private static Written outcome(Future<Written> done) throws IOException {
        try {
            return done.get(); // done: never waits, so never interrupted
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading a finished report", e);
        }
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
