package io.crosscheck.engine.plan;

import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.load.SourceFiles;
import io.crosscheck.engine.load.YamlLoader;
import io.crosscheck.engine.model.Fragment;
import io.crosscheck.engine.model.FragmentUse;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Fragment files and the {@code use} steps naming them (spec §2.6). Each file is parsed once, however many steps
 * use it, so that its problems are reported once; the files being parsed are kept to report a cycle.
 */
final class Fragments {
    private static final List<String> KEYS = List.of("fragment", "description", "params", "steps");

    private final SourceFiles sources;
    private final BiConsumer<ConfigNode, Problems> templates;
    private final Map<Path, Fragment> parsed = new HashMap<>();
    private final Deque<Path> parsing = new ArrayDeque<>();
    private final java.util.Set<Path> unreadable = new java.util.HashSet<>();

    Fragments(SourceFiles sources, BiConsumer<ConfigNode, Problems> templates) {
        this.sources = sources;
        this.templates = templates;
    }

    /** Whether {@code file} could not be read as YAML, by a use step or by discovery: its problems are reported. */
    boolean unreadable(Path file) {
        return unreadable.contains(key(file));
    }

    void unreadable(Path file, boolean unreadable) {
        if (unreadable) this.unreadable.add(key(file));
    }

    static boolean isFragment(ConfigNode doc) {
        return doc.isMap() && doc.entries().containsKey("fragment");
    }

    /** A fragment document met by discovery: parsed here unless a use step already did. */
    Fragment discovered(ConfigNode doc, Path file, StepParser steps, Problems problems) {
        Path key = key(file);
        Fragment known = parsed.get(key);
        return known != null ? known : parse(doc, key, steps, problems);
    }

    /** The config of the use step {@code node} in {@code file}; null after reporting why it cannot run. */
    FragmentUse use(ConfigNode node, Path file, StepParser steps, Problems problems) {
        ConfigNode use = node.entries().get(UseHandler.VERB);
        if (!use.isScalar() || use.text().isBlank() || use.text().contains("${")) {
            problems.add(use, "use needs the path of a fragment file", "e.g. use: fragments/login.yaml");
            return null;
        }
        Path target = key(file.toAbsolutePath().getParent().resolve(use.text()));
        if (!Files.isRegularFile(target)) {
            problems.add(use, "no fragment file '" + use.text() + "'", "the path is relative to the file holding the step");
            return null;
        }
        if (parsing.contains(target)) {
            List<Path> chain = new ArrayList<>(parsing);
            java.util.Collections.reverse(chain); // the stack holds the newest first
            String cycle = chain.stream().dropWhile(p -> !p.equals(target)).map(Fragments::name)
                    .collect(Collectors.joining(" → "));
            problems.add(use, "a cycle of fragments: " + cycle + " → " + name(target),
                    "a fragment may not use itself, directly or through others");
            return null;
        }
        if (unreadable.contains(target)) return unreadable(use, problems);
        Fragment fragment = parsed.containsKey(target) ? parsed.get(target) : load(target, use, steps, problems);
        if (fragment == null) return null;
        Map<String, Object> with = with(node.entries().get("with"), fragment, problems);
        fragment.params().forEach((param, fallback) -> {
            if (fallback == null && !with.containsKey(param)) {
                problems.add(node.keyPosition(UseHandler.VERB), "missing parameter '" + param + "' of fragment '"
                        + fragment.name() + "'", "give it in with: { " + param + ": ... }");
            }
        });
        return new FragmentUse(use.text(), fragment, with);
    }

    private static FragmentUse unreadable(ConfigNode use, Problems problems) {
        problems.add(use, "cannot read fragment file '" + use.text() + "'", "see the problems reported in it");
        return null;
    }

    private Map<String, Object> with(ConfigNode node, Fragment fragment, Problems problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node == null || node.kind() == ConfigNode.Kind.NULL) return out;
        if (!node.isMap()) {
            problems.add(node, "with must be a map of PARAMETER: VALUE");
            return out;
        }
        node.entries().forEach((param, value) -> {
            if (!fragment.params().containsKey(param)) {
                String known = fragment.params().isEmpty() ? "it has no parameters"
                        : "parameters: " + String.join(", ", fragment.params().keySet());
                problems.add(node.keyPosition(param), "unknown parameter '" + param + "' of fragment '" + fragment.name() + "'",
                        Suggestions.closest(param, fragment.params().keySet()).map(s -> "did you mean '" + s + "'?").orElse(known));
            }
            out.put(param, value.value());
        });
        return out;
    }

    private Fragment load(Path file, ConfigNode use, StepParser steps, Problems problems) {
        String text = sources.read(file, name(file), problems).orElse(null);
        List<ConfigNode> docs = text == null ? List.of() : new YamlLoader().load(name(file), text, problems);
        if (docs.isEmpty()) {
            unreadable.add(file);
            unreadable(use, problems);
            return null;
        }
        ConfigNode doc = docs.get(0);
        if (!isFragment(doc)) {
            boolean scenario = doc.isMap() && doc.entries().containsKey("scenario");
            problems.add(use, "'" + use.text() + "' is " + (scenario ? "a scenario" : "not a fragment") + ", not a fragment file",
                    "a fragment file holds fragment: NAME, params and steps");
            return null;
        }
        return parse(doc, file, steps, problems);
    }

    private Fragment parse(ConfigNode doc, Path file, StepParser steps, Problems problems) {
        parsing.push(file);
        try {
            for (String key : doc.entries().keySet()) {
                if (!KEYS.contains(key)) {
                    problems.add(doc.keyPosition(key), "unknown key '" + key + "' in fragment",
                            Suggestions.closest(key, KEYS).map(s -> "did you mean '" + s + "'?")
                                    .orElse("known keys: " + String.join(", ", KEYS)));
                }
            }
            ConfigNode nameNode = doc.entries().get("fragment");
            String name = nameNode.isScalar() ? nameNode.text() : "";
            if (name.isBlank()) problems.add(nameNode, "the fragment's name is empty", "name what its steps do");
            Map<String, Object> params = new LinkedHashMap<>();
            doc.get("params").ifPresent(p -> {
                if (!p.isMap()) {
                    problems.add(p, "params must be a map of NAME: DEFAULT (null: required)");
                    return;
                }
                p.entries().forEach((k, v) -> {
                    templates.accept(v, problems);
                    params.put(k, v.value());
                });
            });
            Fragment fragment = new Fragment(name, doc.keyPosition("fragment"), params, stepList(doc, file, steps, problems));
            parsed.put(file, fragment);
            return fragment;
        } finally {
            parsing.pop();
        }
    }

    private List<Step> stepList(ConfigNode doc, Path file, StepParser steps, Problems problems) {
        ConfigNode list = doc.entries().get("steps");
        if (list == null || !list.isList()) {
            problems.add(list == null ? doc : list, "a fragment needs steps: a list of steps");
            return List.of();
        }
        return steps.parseItems(list, Phase.STEP, file, templates, problems);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static String name(Path file) {
        return SourceFiles.displayName(file);
    }
}
