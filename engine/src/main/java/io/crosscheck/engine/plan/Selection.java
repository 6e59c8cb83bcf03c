package io.crosscheck.engine.plan;

import io.crosscheck.engine.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Tag filtering ({@code a,b,!slow}) and deterministic sharding: every scenario lands in exactly one shard. */
public final class Selection {
    private Selection() {
    }

    public static List<Scenario> select(List<Scenario> all, List<String> tags, int shardIndex, int shardTotal) {
        List<Scenario> tagged = all.stream().filter(s -> matches(s.tags(), tags)).toList();
        if (shardTotal == 1) return tagged;
        List<Scenario> sorted = new ArrayList<>(tagged);
        sorted.sort(Comparator.comparing((Scenario s) -> s.position().file()).thenComparing(s -> s.position().line()));
        List<Scenario> mine = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i % shardTotal == shardIndex - 1) mine.add(sorted.get(i));
        }
        return mine;
    }

    /**
     * Why {@code select} kept nothing from {@code all}, in words that name the filter and what it could have
     * matched: no scenario found, no scenario with these tags (and the tags in use), or an empty shard.
     */
    public static String whyNothing(List<Scenario> all, List<String> tags, int shardIndex, int shardTotal) {
        if (all.isEmpty()) return "no scenario found in the given paths";
        List<String> filter = tags.stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
        if (all.stream().noneMatch(s -> matches(s.tags(), filter))) {
            java.util.SortedSet<String> inUse = new java.util.TreeSet<>();
            all.forEach(s -> inUse.addAll(s.tags()));
            return "--tags " + String.join(",", filter) + " matches none of the " + all.size() + " scenarios ("
                    + (inUse.isEmpty() ? "none has tags" : "tags in use: " + String.join(", ", inUse)) + ")";
        }
        return "shard " + shardIndex + "/" + shardTotal + " holds none of the "
                + all.stream().filter(s -> matches(s.tags(), filter)).count() + " selected scenarios";
    }

    /** Included when it has any wanted tag (or none are wanted) and no excluded ({@code !tag}) one. */
    public static boolean matches(List<String> scenarioTags, List<String> filter) {
        boolean anyWanted = false;
        boolean hasWanted = false;
        for (String f : filter) {
            String t = f.trim();
            if (t.isEmpty()) continue;
            if (t.startsWith("!")) {
                if (scenarioTags.contains(t.substring(1))) return false;
            } else {
                anyWanted = true;
                hasWanted |= scenarioTags.contains(t);
            }
        }
        return !anyWanted || hasWanted;
    }
}
