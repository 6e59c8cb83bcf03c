package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the validator's findings under anyOf/oneOf into the one a person needs. A branch that failed because the
 * value has another type is dropped (the value clearly meant another branch); when every branch failed on type,
 * one finding says what was expected; a oneOf that picks a form by its key ({@code {required: [sql]}}, ...) says
 * which keys it needs.
 */
final class BestMatch {
    /** Synthetic finding types made here. */
    static final String EXPECTED = "expected";
    static final String NEEDS_ONE = "needsOne";
    static final String ONLY_ONE = "onlyOne";

    private final JsonNode schema;

    BestMatch(JsonNode schema) {
        this.schema = schema;
    }

    List<Finding> select(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        List<Finding> plain = new ArrayList<>();
        for (Finding f : findings) {
            int c = f.composite();
            if (c < 0) {
                plain.add(f);
            } else {
                List<String> at = f.instance().subList(0, Math.min(f.instance().size(),
                        Paths.instanceDepth(f.evaluation().subList(0, c))));
                groups.computeIfAbsent(String.join("/", f.evaluation().subList(0, c + 1)) + "@" + String.join("/", at),
                        k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>(plain);
        for (List<Finding> group : groups.values()) out.addAll(resolve(group));
        return out;
    }

    private List<Finding> resolve(List<Finding> group) {
        Finding first = group.get(0);
        int c = first.composite();
        List<String> compositePath = first.evaluation().subList(0, c + 1);
        List<String> at = first.instance().subList(0, Math.min(first.instance().size(),
                Paths.instanceDepth(first.evaluation().subList(0, c))));
        JsonNode owner = Paths.schema(schema, first.evaluation().subList(0, c));
        JsonNode branches = owner == null ? null : owner.get(compositePath.get(c));
        List<String> selectors = selectorKeys(branches);
        if (!selectors.isEmpty()) {
            // an anyOf only has branch findings when every branch failed; a oneOf also reports "several valid" itself
            boolean oneOf = compositePath.get(c).equals("oneOf");
            if (oneOf && group.stream().noneMatch(f -> f.branch(c) < 0)) return List.of();
            // the oneOf's own message says 0 or several are valid; which one is told by the keys present
            return List.of(new Finding(at, compositePath, NEEDS_ONE, String.join(", ", selectors), title(owner)));
        }
        Map<Integer, List<Finding>> byBranch = new TreeMap<>();
        for (Finding f : group) {
            int b = f.branch(c);
            if (b >= 0) byBranch.computeIfAbsent(b, k -> new ArrayList<>()).add(f.inside(c + 2));
        }
        List<List<Finding>> surviving = byBranch.values().stream()
                .filter(branch -> branch.stream().noneMatch(f -> f.type().equals("type") && f.instance().equals(at)))
                .toList();
        if (surviving.isEmpty()) {
            return List.of(new Finding(at, compositePath, EXPECTED, null, title(owner)));
        }
        List<Finding> best = select(surviving.get(0));
        boolean shallow = best.stream().allMatch(f -> f.instance().equals(at)
                && (f.type().equals("pattern") || f.type().equals("enum") || f.type().equals("const")));
        if (shallow && title(owner) != null) {
            return List.of(new Finding(at, compositePath, EXPECTED, null, title(owner)));
        }
        return best;
    }

    /** For an anyOf/oneOf whose every branch is {@code {"required": [key]}}: the keys; else empty. */
    private static List<String> selectorKeys(JsonNode branches) {
        List<String> keys = new ArrayList<>();
        if (branches == null || !branches.isArray() || branches.isEmpty()) return keys;
        for (JsonNode b : branches) {
            if (b.size() != 1 || !b.has("required") || b.get("required").size() != 1) return List.of();
            keys.add(b.get("required").get(0).asText());
        }
        return keys;
    }

    static String title(JsonNode schema) {
        return schema != null && schema.hasNonNull("title") ? schema.get("title").asText() : null;
    }
}
