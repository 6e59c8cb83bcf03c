package io.crosscheck.engine.plan;

import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The step handlers found with ServiceLoader, by verb and sub-kind. Two handlers claiming the same verb and kind
 * stop the run at start, naming both classes.
 */
public final class StepRegistry {
    private final Map<String, Map<String, StepHandler<?>>> byVerb;

    private StepRegistry(Map<String, Map<String, StepHandler<?>>> byVerb) {
        this.byVerb = byVerb;
    }

    public static StepRegistry load(ClassLoader loader) {
        List<StepHandler<?>> handlers = new ArrayList<>();
        for (StepHandler<?> h : ServiceLoader.load(StepHandler.class, loader)) handlers.add(h);
        return of(handlers);
    }

    public static StepRegistry of(List<StepHandler<?>> handlers) {
        Map<String, Map<String, StepHandler<?>>> byVerb = new TreeMap<>();
        for (StepHandler<?> h : handlers) {
            String kind = h.kind() == null ? "" : h.kind();
            StepHandler<?> previous = byVerb.computeIfAbsent(h.verb(), v -> new LinkedHashMap<>()).put(kind, h);
            if (previous != null && previous.getClass() != h.getClass()) {
                throw new IllegalStateException("two step handlers claim verb '" + h.verb() + "'"
                        + (kind.isEmpty() ? "" : " with '" + kind + "'") + ": " + previous.getClass().getName()
                        + " and " + h.getClass().getName());
            }
        }
        return new StepRegistry(byVerb);
    }

    public boolean isVerb(String key) {
        return byVerb.containsKey(key);
    }

    public List<String> verbs() {
        return List.copyOf(byVerb.keySet());
    }

    public Map<String, Map<String, StepHandler<?>>> handlers() {
        return Collections.unmodifiableMap(byVerb);
    }

    /** The environment sections the handlers declare, by name, in the order of their verbs. */
    public Map<String, EnvironmentSection> sections() {
        Map<String, EnvironmentSection> sections = new LinkedHashMap<>();
        byVerb.values().forEach(kinds -> kinds.values().forEach(h -> {
            if (h.section() != null) sections.putIfAbsent(h.section().name(), h.section());
        }));
        return sections;
    }

    /** The handler for a verb's node: the only one, or the one whose kind key the node's map holds. */
    @SuppressWarnings("unchecked")
    public StepHandler<Object> handlerFor(String verb, ConfigNode node, Problems problems) {
        Map<String, StepHandler<?>> kinds = byVerb.get(verb);
        if (kinds.size() == 1 && kinds.containsKey("")) return (StepHandler<Object>) kinds.get("");
        List<String> keys = new ArrayList<>(kinds.keySet());
        keys.remove("");
        if (node.isMap()) {
            for (String key : node.entries().keySet()) {
                if (kinds.containsKey(key) && !key.isEmpty()) return (StepHandler<Object>) kinds.get(key);
            }
        }
        if (kinds.containsKey("")) return (StepHandler<Object>) kinds.get("");
        String hint = "one of: " + String.join(", ", keys);
        if (node.isMap()) {
            for (String key : node.entries().keySet()) {
                var close = Suggestions.closest(key, keys);
                if (close.isPresent()) {
                    problems.add(node.keyPosition(key), "unknown key '" + key + "' in " + verb,
                            "did you mean '" + close.get() + "'?");
                    return null;
                }
            }
        }
        problems.add(node, verb + " needs one of the keys " + String.join(", ", keys), hint);
        return null;
    }
}
