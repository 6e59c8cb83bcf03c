package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code validate} checks of a call beyond what {@link CallConfig} states: files that exist, and the durations
 * and sizes written without a template.
 */
final class CallChecks {
    private CallChecks() {
    }

    static void check(ConfigNode node, Problems problems) {
        node.get("body").filter(ConfigNode::isMap).ifPresent(b -> file(b, "file", "body.file", problems));
        node.get("multipart").filter(ConfigNode::isMap).ifPresent(m -> m.entries().forEach((name, part) -> {
            if (part.isMap()) file(part, "file", "multipart." + name + ".file", problems);
        }));
        node.get("tls").filter(ConfigNode::isMap).ifPresent(t -> {
            for (String k : List.of("ca", "cert", "key")) file(t, k, "tls." + k, problems);
        });
        node.get("timeout").filter(t -> t.text() != null && !t.text().contains("${")).ifPresent(t -> {
            if (Durations.parse(t.text()).isEmpty()) problems.add(t, "timeout: '" + t.text() + "' is not a duration (e.g. 5s, 250ms)");
        });
        node.get(BodyLimit.KEY).filter(s -> s.isScalar() && !s.text().contains("${")).ifPresent(s -> {
            String problem = BodyLimit.problem(s.text());
            if (problem != null) problems.add(s, BodyLimit.KEY + ": " + problem);
        });
    }

    /** A file key that exists next to the scenario; a template is checked when the call runs. */
    private static void file(ConfigNode map, String key, String where, Problems problems) {
        var value = map.get(key);
        String text = value.map(ConfigNode::text).orElse(null);
        if (text == null || text.contains("${")) return; // absent or not text: the binder says so
        Path file = CallFiles.folderOf(value.get().position().file()).resolve(text).normalize();
        if (!Files.isRegularFile(file)) problems.add(value.get(), where + ": file not found: " + file);
    }
}
