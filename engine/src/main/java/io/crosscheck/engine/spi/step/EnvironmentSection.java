package io.crosscheck.engine.spi.step;

import java.util.Objects;

/**
 * The section of an environment in crosscheck.yaml a step reads ({@code environments.NAME.<name>}), and its shape:
 * connections by name, each a map of properties, or one map of settings. The module ships the section's schema as
 * {@code META-INF/crosscheck/schema/section.<name>.schema.json}; for a map of settings described by a record
 * ({@code settings}, with {@link Doc} on it) the module's build writes that file from the record.
 */
public record EnvironmentSection(String name, boolean connections, Class<? extends Record> settings) {
    public EnvironmentSection {
        Objects.requireNonNull(name, "name");
        if (connections && settings != null) throw new IllegalArgumentException("a section of connections has no settings record");
    }

    /** A section of named connections: {@code NAME: {property: value, ...}}. */
    public static EnvironmentSection ofConnections(String name) {
        return new EnvironmentSection(name, true, null);
    }

    /** A section that is one map of settings for every step that reads it; its module ships the schema by hand. */
    public static EnvironmentSection ofSettings(String name) {
        return new EnvironmentSection(name, false, null);
    }

    /** A map of settings described by a record, from which the module's build writes the section's schema. */
    public static EnvironmentSection ofSettings(String name, Class<? extends Record> settings) {
        return new EnvironmentSection(name, false, Objects.requireNonNull(settings, "settings"));
    }
}
