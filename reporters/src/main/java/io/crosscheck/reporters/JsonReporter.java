package io.crosscheck.reporters;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import io.crosscheck.engine.spi.Reporter;
import io.crosscheck.engine.spi.RunResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code results.json}: the whole result tree in machine form (for merging shards and trends). */
public final class JsonReporter implements Reporter {

    public static final String FILE_NAME = "results.json";

    private final JsonFactory factory = new JsonFactory();
    private final ResultsJson json = new ResultsJson(JsonValues.FULL);

    @Override
    public String name() {
        return "json";
    }

    @Override
    public Path write(RunResult result, Path reportDir) throws IOException {
        Path file = reportDir.resolve(FILE_NAME);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator gen = factory.createGenerator(out, JsonEncoding.UTF8)) {
            gen.useDefaultPrettyPrinter();
            json.write(result, gen);
        }
        return file;
    }
}
