package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The scenario schema of the repository's {@code schemas/}: the engine's with the fragments of every step module
 * merged in, and crosscheck.yaml's with their environment sections (kept up to date by the JUnit module's RepositorySchemasTest), for tests of verbs this module does not have.
 */
final class RepositorySchema {
    static final Path FILE = Path.of("../schemas/scenario.schema.json");
    static final Path CONFIG = Path.of("../schemas/crosscheck.schema.json");

    private RepositorySchema() {
    }

    static SchemaValidator scenarios() {
        return of(FILE);
    }

    /** crosscheck.yaml's schema with the environment sections of every step module. */
    static SchemaValidator config() {
        return of(CONFIG);
    }

    private static SchemaValidator of(Path file) {
        try {
            return SchemaValidator.of(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
