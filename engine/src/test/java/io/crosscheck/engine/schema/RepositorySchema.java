package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The scenario schema of the repository's {@code schemas/}: the engine's with the fragments of every step module
 * merged in (kept up to date by the JUnit module's RepositorySchemasTest), for tests of verbs this module does not have.
 */
final class RepositorySchema {
    static final Path FILE = Path.of("../schemas/scenario.schema.json");

    private RepositorySchema() {
    }

    static SchemaValidator scenarios() {
        try {
            return SchemaValidator.of(new ObjectMapper().readTree(FILE.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
