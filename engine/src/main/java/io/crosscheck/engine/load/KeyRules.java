package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Exclusive;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Together;
import java.util.List;
import java.util.TreeMap;

/** The rules across keys of a config record: {@link Exclusive} groups and {@link Together} keys. */
final class KeyRules {
    private KeyRules() {
    }

    static void check(ConfigNode node, Class<?> type, Problems problems) {
        Exclusive exclusive = type.getAnnotation(Exclusive.class);
        if (exclusive != null) exclusive(node, exclusive, problems);
        Together together = type.getAnnotation(Together.class);
        if (together != null) {
            long present = List.of(together.value().split(" ")).stream().filter(k -> node.entries().containsKey(k)).count();
            if (present > 0 && present < together.value().split(" ").length) problems.add(node, together.says());
        }
    }

    /** Keys of two groups: the problem is at the first key of the group listed first, which yields (or at the map). */
    private static void exclusive(ConfigNode node, Exclusive rule, Problems problems) {
        TreeMap<Integer, String> firstKeyOfGroup = new TreeMap<>();
        for (String key : node.entries().keySet()) {
            int group = groupOf(rule, key);
            if (group >= 0) firstKeyOfGroup.putIfAbsent(group, key);
        }
        if (firstKeyOfGroup.size() > 1) {
            problems.add(rule.atMap() ? node.position() : node.keyPosition(firstKeyOfGroup.firstEntry().getValue()), rule.says());
        } else if (firstKeyOfGroup.isEmpty() && rule.required()) {
            problems.add(node, rule.says());
        }
    }

    private static int groupOf(Exclusive rule, String key) {
        for (int i = 0; i < rule.value().length; i++) {
            if (List.of(rule.value()[i].split(" ")).contains(key)) return i;
        }
        return -1;
    }
}
