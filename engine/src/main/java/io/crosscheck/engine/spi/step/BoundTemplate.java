package io.crosscheck.engine.spi.step;

import java.util.List;

/** A query text whose {@code ${...}} parts became {@code ?} placeholders, with their values in order. */
public record BoundTemplate(String text, List<Object> values) {
}
