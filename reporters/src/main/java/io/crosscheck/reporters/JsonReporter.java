package io.crosscheck.reporters;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.JsonFactory;
import io.crosscheck.engine.spi.report.Reporter;
import io.crosscheck.engine.result.RunResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code results.json}: the whole result tree in machine form (for merging shards and trends). Compact,
 * with one scenario per line: a third of the size of indented JSON, and still greppable and diffable.
 */
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
            gen.setPrettyPrinter(new LinePerScenario());
            json.write(result, gen);
        }
        return file;
    }

    /** Compact JSON with a line break before each scenario of the top-level list. */
    private static final class LinePerScenario extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (g.getOutputContext().getNestingDepth() == 2) g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            if (g.getOutputContext().getNestingDepth() == 2) g.writeRaw('\n');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues > 0 && g.getOutputContext().getNestingDepth() == 2) g.writeRaw('\n');
            g.writeRaw(']');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            g.writeRaw('}');
            if (g.getOutputContext().getNestingDepth() == 1) g.writeRaw('\n');
        }
    }
}
