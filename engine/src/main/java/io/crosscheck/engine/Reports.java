package io.crosscheck.engine;

import io.crosscheck.engine.spi.Reporter;
import io.crosscheck.engine.spi.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Writes every report found with ServiceLoader (html, junit, json...) into a folder. */
public final class Reports {
    private Reports() {
    }

    public static List<Path> write(RunResult result, Path dir, ClassLoader loader) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Reporter reporter : ServiceLoader.load(Reporter.class, loader)) {
            written.add(reporter.write(result, dir));
        }
        return written;
    }
}
