package io.crosscheck.engine.spi.report;

import io.crosscheck.engine.result.RunResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a report file from the final result tree (secrets already masked). Found with ServiceLoader under
 * {@code META-INF/services/io.crosscheck.engine.spi.report.Reporter}.
 */
public interface Reporter {

    /** Short name, e.g. "html", "junit", "json". */
    String name();

    /** Writes into {@code reportDir} (which exists); returns the file written. */
    Path write(RunResult result, Path reportDir) throws IOException;
}
