package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Exclusive;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Together;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** The rules across keys of a config record: {@link Exclusive} groups and {@link Together} keys. */
final class KeyRules {
    /**
     * A record type's rules, read from its annotations once: an annotation's array is copied at every read and
     * its groups were split again for every key of every step.
     */
    private record Rules(Exclusive exclusive, List<Set<String>> groups, Together together, List<String> togetherKeys) {
        static Rules of(Class<?> type) {
            Exclusive exclusive = type.getAnnotation(Exclusive.class);
            Together together = type.getAnnotation(Together.class);
            List<Set<String>> groups = exclusive == null ? List.of()
                    : List.of(exclusive.value()).stream().map(g -> Set.copyOf(List.of(g.split(" ")))).toList();
            return new Rules(exclusive, groups, together, together == null ? List.of() : List.of(together.value().split(" ")));
        }
    }

    private static final ClassValue<Rules> RULES = new ClassValue<>() {
        @Override
        protected Rules computeValue(Class<?> type) {
            return Rules.of(type);
        }
    };

    private KeyRules() {
    }

    static void check(ConfigNode node, Class<?> type, Problems problems) {
        Rules rules = RULES.get(type);
        if (rules.exclusive() != null) exclusive(node, rules, problems);
        if (rules.together() != null) {
            long present = rules.togetherKeys().stream().filter(k -> node.entries().containsKey(k)).count();
            if (present > 0 && present < rules.togetherKeys().size()) problems.add(node, rules.together().says());
        }
    }

    /** Keys of two groups: the problem is at the first key of the group listed first, which yields (or at the map). */
    private static void exclusive(ConfigNode node, Rules rules, Problems problems) {
        Exclusive rule = rules.exclusive();
        TreeMap<Integer, String> firstKeyOfGroup = new TreeMap<>();
        for (String key : node.entries().keySet()) {
            int group = groupOf(rules.groups(), key);
            if (group >= 0) firstKeyOfGroup.putIfAbsent(group, key);
        }
        if (firstKeyOfGroup.size() > 1) {
            problems.add(rule.atMap() ? node.position() : node.keyPosition(firstKeyOfGroup.firstEntry().getValue()), rule.says());
        } else if (firstKeyOfGroup.isEmpty() && rule.required()) {
            problems.add(node, rule.says());
        }
    }

    private static int groupOf(List<Set<String>> groups, String key) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).contains(key)) return i;
        }
        return -1;
    }
}
