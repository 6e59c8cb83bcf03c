package io.crosscheck.engine.spi.step;

import io.crosscheck.engine.result.Position;

/**
 * A step's use of a named connection of the environment ({@code kafka}, {@code sql}, {@code cassandra},
 * {@code solr}); {@code name} null means "the only one configured".
 */
public record ConnectionRef(String kind, String name, Position position) {
}
