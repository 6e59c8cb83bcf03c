package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What {@code validate} checks of a call beyond key names and types: one body, well-formed auth and tls, files that exist. */
final class CallChecks {
    static final Set<String> PART_KEYS = Set.of("file", "contentType", "filename");
    static final Set<String> TLS_KEYS = Set.of("insecure", "ca", "cert", "key");

    private CallChecks() {
    }

    static void check(ConfigNode node, Problems problems) {
        long bodies = List.of("json", "body", "form", "multipart").stream().filter(k -> node.get(k).isPresent()).count();
        if (bodies > 1) problems.add(node, "a call has at most one of json, body, form, multipart");
        node.get("body").filter(ConfigNode::isMap).ifPresent(b -> {
            keys(b, Set.of("file"), "body", problems);
            file(b, "file", true, "body.file", problems);
        });
        node.get("multipart").ifPresent(m -> m.entries().forEach((name, part) -> {
            if (!part.isMap()) return;
            keys(part, PART_KEYS, "multipart." + name, problems);
            file(part, "file", true, "multipart." + name + ".file", problems);
        }));
        node.get("auth").ifPresent(a -> auth(a, "auth", problems));
        node.get("tls").ifPresent(t -> tls(t, problems));
        node.get("timeout").filter(t -> t.text() != null && !t.text().contains("${")).ifPresent(t -> {
            if (Durations.parse(t.text()).isEmpty()) problems.add(t, "timeout: '" + t.text() + "' is not a duration (e.g. 5s, 250ms)");
        });
    }

    private static void auth(ConfigNode a, String where, Problems problems) {
        if (!a.isMap()) return;
        keys(a, Set.of("basic", "bearer"), where, problems);
        if (a.entries().size() != 1) {
            problems.add(a, where + " takes one of basic, bearer", "auth: { basic: { user: qa, password: ... } } or auth: { bearer: ... }");
            return;
        }
        a.get("basic").ifPresent(b -> {
            if (!b.isMap()) {
                problems.add(b, where + ".basic takes { user, password }");
                return;
            }
            keys(b, Set.of("user", "password"), where + ".basic", problems);
            if (b.get("user").isEmpty()) problems.add(b, where + ".basic needs a user");
        });
        a.get("bearer").filter(b -> !b.isScalar()).ifPresent(b -> problems.add(b, where + ".bearer takes the token as text"));
    }

    private static void tls(ConfigNode t, Problems problems) {
        if (!t.isMap()) return;
        keys(t, TLS_KEYS, "tls", problems);
        if (t.get("cert").isPresent() != t.get("key").isPresent()) {
            problems.add(t, "tls needs cert and key together (a client certificate and its private key, PEM)");
        }
        for (String k : List.of("ca", "cert", "key")) file(t, k, false, "tls." + k, problems);
    }

    private static void keys(ConfigNode map, Set<String> allowed, String where, Problems problems) {
        for (String k : map.entries().keySet()) {
            if (!allowed.contains(k)) {
                problems.add(map.keyPosition(k), "unknown key '" + k + "' in " + where, "known: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** A file key that exists next to the scenario; a template is checked when the call runs. */
    private static void file(ConfigNode map, String key, boolean required, String where, Problems problems) {
        var value = map.get(key);
        if (value.isEmpty()) {
            if (required) problems.add(map, where + " is missing", "the path of a file, relative to the scenario file");
            return;
        }
        String text = value.get().text();
        if (text == null) {
            problems.add(value.get(), where + " takes the path of a file");
            return;
        }
        if (text.contains("${")) return;
        Path file = CallFiles.folderOf(value.get().position().file()).resolve(text).normalize();
        if (!Files.isRegularFile(file)) problems.add(value.get(), where + ": file not found: " + file);
    }
}
