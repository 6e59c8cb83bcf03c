package io.crosscheck.steps.cassandra;

import io.crosscheck.engine.spi.ConfigNode;
import io.crosscheck.engine.spi.Problems;

/** Range checks of numeric keys, reported at the key's value. */
final class Checks {
    private Checks() {
    }

    static void positive(ConfigNode map, String key, Integer value, Problems problems) {
        if (value != null && value <= 0) {
            problems.add(map.get(key).orElse(map), key + " must be at least 1, was " + value);
        }
    }

    static void notNegative(ConfigNode map, String key, Integer value, Problems problems) {
        if (value != null && value < 0) {
            problems.add(map.get(key).orElse(map), key + " must not be negative, was " + value);
        }
    }
}
