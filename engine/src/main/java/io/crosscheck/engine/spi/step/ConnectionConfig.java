package io.crosscheck.engine.spi.step;

import java.util.Map;

/** One named connection from the environment, its properties already rendered (secrets resolved). */
public record ConnectionConfig(String kind, String name, Map<String, Object> properties) {
}
