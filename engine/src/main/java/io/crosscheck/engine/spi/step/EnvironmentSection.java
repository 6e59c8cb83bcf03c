package io.crosscheck.engine.spi.step;

import java.util.Objects;

/**
 * The section of an environment in crosscheck.yaml a step reads ({@code environments.NAME.<name>}), and its shape:
 * connections by name, each a map of properties, or one map of settings. Where a record describes the map of
 * settings, or each connection ({@code settings}, with {@link Doc} on it), the module's build writes the section's
 * schema, {@code META-INF/crosscheck/schema/section.<name>.schema.json}, from that record; a connection's factory
 * binds its properties onto the same record ({@link ConnectionConfig#bind}).
 */
public record EnvironmentSection(String name, boolean connections, Class<? extends Record> settings) {
    public EnvironmentSection {
        Objects.requireNonNull(name, "name");
    }

    /** A section of named connections, {@code NAME: {property: value, ...}}, described by no record. */
    public static EnvironmentSection ofConnections(String name) {
        return new EnvironmentSection(name, true, null);
    }

    /** A section of named connections, each described by {@code connection}. */
    public static EnvironmentSection ofConnections(String name, Class<? extends Record> connection) {
        return new EnvironmentSection(name, true, Objects.requireNonNull(connection, "connection"));
    }

    /** A section that is one map of settings for every step that reads it, described by no record. */
    public static EnvironmentSection ofSettings(String name) {
        return new EnvironmentSection(name, false, null);
    }

    /** A map of settings described by a record, from which the module's build writes the section's schema. */
    public static EnvironmentSection ofSettings(String name, Class<? extends Record> settings) {
        return new EnvironmentSection(name, false, Objects.requireNonNull(settings, "settings"));
    }
}
