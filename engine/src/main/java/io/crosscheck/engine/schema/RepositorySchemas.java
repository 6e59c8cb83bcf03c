package io.crosscheck.engine.schema;

import io.crosscheck.engine.spi.step.StepHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generated files of the repository's {@code schemas/} folder, which editors point at: the engine's scenario
 * schema with the fragments of every step module given (verb to kind to handler) merged in, exactly as a run merges them,
 * and crosscheck.yaml's with their environment sections and the evidence kinds of the class path.
 */
public final class RepositorySchemas {
    private RepositorySchemas() {
    }

    /** File name to text, in the repository's JSON layout. */
    public static Map<String, String> render(Map<String, Map<String, StepHandler<?>>> handlers) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SchemaDocuments.SCENARIO, SchemaJson.print(SchemaValidator.scenarios(handlers).schema()));
        files.put(SchemaDocuments.CONFIG, SchemaJson.print(SchemaValidator.config(handlers).schema()));
        return files;
    }
}
