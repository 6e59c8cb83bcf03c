package io.crosscheck.engine.spi.step;

import java.util.Objects;

/**
 * The section of an environment in crosscheck.yaml a step reads ({@code environments.NAME.<name>}), and its shape:
 * connections by name, each a map of properties, or one map of settings. The module ships the section's schema as
 * {@code META-INF/crosscheck/schema/section.<name>.schema.json}.
 */
public record EnvironmentSection(String name, boolean connections) {
    public EnvironmentSection {
        Objects.requireNonNull(name, "name");
    }

    /** A section of named connections: {@code NAME: {property: value, ...}}. */
    public static EnvironmentSection ofConnections(String name) {
        return new EnvironmentSection(name, true);
    }

    /** A section that is one map of settings for every step that reads it. */
    public static EnvironmentSection ofSettings(String name) {
        return new EnvironmentSection(name, false);
    }
}
