package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.StepContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files a call reads: a call's own ({@code body.file}, multipart {@code file}, {@code tls} paths) are relative to
 * its scenario file, the environment's ({@code http.tls}) to the project folder, where crosscheck.yaml is.
 */
final class CallFiles {
    private CallFiles() {
    }

    /** The folder relative paths of a file's own keys start from; {@code file} as positions and ScenarioInfo name it. */
    static Path folderOf(String file) {
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    static Path ofScenario(StepContext ctx, String path) {
        return folderOf(ctx.scenario().file()).resolve(path).normalize();
    }

    static Path ofProject(StepContext ctx, String path) {
        return ctx.projectDir().toAbsolutePath().resolve(path).normalize();
    }

    /** The file, or an error naming the key and where it was looked for. */
    static Path existing(Path file, String key) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(key + ": file not found: " + file);
        return file;
    }
}
