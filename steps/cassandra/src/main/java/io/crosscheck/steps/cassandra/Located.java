package io.crosscheck.steps.cassandra;

import io.crosscheck.engine.spi.Position;

/**
 * A step's parsed config with the place of its main key ({@code cql:}, {@code scan:}, {@code balance:}) in the
 * scenario file, so that errors the server reports at run time point at the step's source.
 */
public record Located<Q extends Record>(Q query, Position at) {
}
