package io.crosscheck.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scenario folder written into a temporary directory: crosscheck.yaml and scenario files. */
final class Project {
    private final Path dir;

    Project(Path dir) {
        this.dir = dir;
    }

    Project file(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    Path path(String name) {
        return dir.resolve(name).toAbsolutePath().normalize();
    }
}
