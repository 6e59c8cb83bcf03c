package io.crosscheck.engine.plan;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * {@code exclude:} of crosscheck.yaml: globs (java.nio {@code glob:} syntax) of files below the project folder that
 * are not scenarios, such as {@code [data/**, vars/**]}. Each glob must compile; a bad one is a problem at its text.
 */
final class Exclusions {
    private Exclusions() {
    }

    static List<String> read(ConfigNode root, Problems problems) {
        ConfigNode node = root.get("exclude").orElse(null);
        if (node == null || node.kind() == ConfigNode.Kind.NULL) return List.of();
        List<String> globs = new ArrayList<>();
        for (ConfigNode item : node.isList() ? node.items() : List.of(node)) {
            if (!item.isScalar() || !(item.value() instanceof String glob) || glob.isBlank()) {
                problems.add(item, "exclude must be a list of globs such as [data/**, vars/**]");
                continue;
            }
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
                globs.add(glob);
            } catch (PatternSyntaxException e) {
                // the JDK's description of the fault is cut short ("Missing '"): name the glob and the usual slip instead
                problems.add(item, "bad glob '" + glob + "' in exclude", "close every [ and {; e.g. vars/** or **/*.vars.yaml");
            }
        }
        return globs;
    }
}
