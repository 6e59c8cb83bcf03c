package io.crosscheck.engine.model;

import java.util.Map;

/** The config of a {@code use} step: the fragment it runs and the values of {@code with} (templates kept). */
public record FragmentUse(String path, Fragment fragment, Map<String, Object> with) {

    public FragmentUse {
        with = with == null ? Map.of() : with;
    }
}
