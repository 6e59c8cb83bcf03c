package io.crosscheck.engine.plan;

import io.crosscheck.engine.expect.Matchers;
import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.model.ReportSpec;
import io.crosscheck.engine.model.Retry;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses one step node: exactly one verb key plus the common keys, each checked with its position. */
final class StepParser {
    static final Set<String> COMMON_KEYS = Set.of("name", "expect", "save", "retry", "timeout", "if", "report");

    private final StepRegistry registry;
    private final ExpressionEngine expressions;
    private final Matchers matchers;

    private final Fragments fragments;

    StepParser(StepRegistry registry, ExpressionEngine expressions, Matchers matchers, Fragments fragments) {
        this.registry = registry;
        this.expressions = expressions;
        this.matchers = matchers;
        this.fragments = fragments;
    }

    Fragments fragments() {
        return fragments;
    }

    /**
     * The steps under {@code key} of a map (a scenario's setup/steps/teardown, crosscheck.yaml's setup/teardown):
     * none when the key is absent or null, a problem when it is not a list.
     */
    List<Step> parseList(ConfigNode map, String key, Phase phase, java.nio.file.Path file,
                         java.util.function.BiConsumer<ConfigNode, Problems> templates, Problems problems) {
        ConfigNode list = map.entries().get(key);
        if (list == null || list.kind() == ConfigNode.Kind.NULL) return List.of();
        if (!list.isList()) {
            problems.add(list, key + " must be a list of steps");
            return List.of();
        }
        return parseItems(list, phase, file, templates, problems);
    }

    /** Each item of a list node, its {@code ${}} texts checked by {@code templates}, parsed; a bad one is left out. */
    List<Step> parseItems(ConfigNode list, Phase phase, java.nio.file.Path file,
                          java.util.function.BiConsumer<ConfigNode, Problems> templates, Problems problems) {
        List<Step> out = new ArrayList<>();
        for (ConfigNode item : list.items()) {
            templates.accept(item, problems);
            Step step = parse(item, phase, file, problems);
            if (step != null) out.add(step);
        }
        return out;
    }


    /** {@code file}: the file holding the step, to which a {@code use} path is relative. */
    Step parse(ConfigNode node, Phase phase, java.nio.file.Path file, Problems problems) {
        if (!node.isMap()) {
            problems.add(node, "a step must be a map with one verb such as " + String.join(", ", registry.verbs()));
            return null;
        }
        List<String> verbs = new ArrayList<>();
        boolean use = node.entries().containsKey(UseHandler.VERB);
        for (String key : node.entries().keySet()) {
            if (registry.isVerb(key) || key.equals(UseHandler.VERB)) {
                verbs.add(key);
            } else if (!COMMON_KEYS.contains(key) && !(use && key.equals("with"))) {
                List<String> known = new ArrayList<>(registry.verbs());
                known.addAll(COMMON_KEYS);
                String hint = Suggestions.closest(key, known).map(s -> "did you mean '" + s + "'?")
                        .orElse("verbs: " + String.join(", ", registry.verbs()));
                problems.add(node.keyPosition(key), "unknown verb or key '" + key + "'", hint);
            }
        }
        if (verbs.size() > 1) {
            problems.add(node.keyPosition(verbs.get(1)), "a step has exactly one verb, found " + String.join(" and ", verbs),
                    "split it into two steps");
            return null;
        }
        if (verbs.isEmpty()) {
            if (problems.isEmpty() || node.entries().keySet().stream().allMatch(COMMON_KEYS::contains)) {
                problems.add(node, "a step needs a verb", "one of: " + String.join(", ", registry.verbs()));
            }
            return null;
        }
        String verb = verbs.get(0);
        ConfigNode verbNode = node.entries().get(verb);
        StepHandler<Object> handler = use ? UseHandler.INSTANCE : registry.handlerFor(verb, verbNode, problems);
        if (handler == null) return null;
        if (!use) HandlerWarmUp.start(handler);
        int before = problems.size();
        Parsed<Object> parsed = use ? UseHandler.parsed(fragments.use(node, file, this, problems))
                : handler.parse(verbNode, problems);
        if (parsed == null && problems.size() == before) problems.add(verbNode, "invalid " + verb + " step");
        return new Step(verb, handler, parsed, phase, node.keyPosition(verb),
                text(node, "name", problems, false),
                expect(node, problems),
                save(node, problems),
                node.get("retry").map(n -> retry(n, problems)).orElse(null),
                duration(node, problems),
                text(node, "if", problems, true),
                report(node, problems));
    }

    private String text(ConfigNode step, String key, Problems problems, boolean expression) {
        ConfigNode n = step.entries().get(key);
        if (n == null) return null;
        if (!n.isScalar()) {
            problems.add(n, "'" + key + "' must be text");
            return null;
        }
        if (expression) problems.checkExpression(n);
        else expressions.templateError(n.text()).ifPresent(e -> problems.add(n, "bad template: " + e));
        return n.text();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> expect(ConfigNode step, Problems problems) {
        ConfigNode n = step.entries().get("expect");
        if (n == null) return Map.of();
        if (!n.isMap()) {
            problems.add(n, "expect must be a map of PATH: MATCHER");
            return Map.of();
        }
        matchers.validate(n, problems);
        return (Map<String, Object>) n.value();
    }

    private Map<String, String> save(ConfigNode step, Problems problems) {
        ConfigNode n = step.entries().get("save");
        if (n == null) return Map.of();
        if (!n.isMap()) {
            problems.add(n, "save must be a map of NAME: PATH");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        n.entries().forEach((name, path) -> {
            if (!path.isScalar()) {
                problems.add(path, "save '" + name + "' needs a path or expression");
            } else {
                if (!path.text().startsWith("$")) problems.checkExpression(path);
                out.put(name, path.text());
            }
        });
        return out;
    }

    private Duration duration(ConfigNode step, Problems problems) {
        ConfigNode n = step.entries().get("timeout");
        if (n == null) return null;
        if (n.value() instanceof Number) { // a step's timeout names its unit (the schema's "duration")
            problems.add(n, "bad duration '" + n.text() + "'", "write e.g. 250ms, 30s, 2m");
            return null;
        }
        return positive(n, Durations.read(n, problems), "timeout", problems);
    }

    /** Re-running needs time to re-run in, and a pause that fits in it; the pause of 250ms by default may exceed it. */
    private static Retry retry(ConfigNode n, Problems problems) {
        Retry retry = n.bind(Retry.class, problems);
        if (retry == null) return null;
        ConfigNode timeout = n.entries().get("timeout");
        ConfigNode every = n.entries().get("every");
        boolean ok = positive(timeout, retry.timeout(), "retry.timeout", problems) != null;
        if (every != null) {
            ok &= positive(every, retry.every(), "retry.every", problems) != null;
            if (ok && retry.every().compareTo(retry.timeout()) > 0) {
                problems.add(every, "retry.every '" + every.text() + "' is longer than retry.timeout '" + timeout.text() + "'",
                        "retry.every is the pause between tries, within retry.timeout");
                ok = false;
            }
        }
        return ok ? retry : null;
    }

    private static Duration positive(ConfigNode n, Duration d, String key, Problems problems) {
        if (d != null && d.isZero()) {
            problems.add(n, key + " must be more than 0", "write e.g. 250ms, 30s, 2m");
            return null;
        }
        return d;
    }

    private List<ReportSpec> report(ConfigNode step, Problems problems) {
        ConfigNode n = step.entries().get("report");
        if (n == null) return List.of();
        List<ReportSpec> out = new ArrayList<>();
        for (ConfigNode item : n.isList() ? n.items() : List.of(n)) {
            ReportSpec spec = item.bind(ReportSpec.class, problems);
            if (spec == null) continue;
            if (spec.table() == null && spec.chart() == null) problems.add(item, "report needs 'table' or 'chart'");
            item.get("table").ifPresent(t -> { if (!t.text().startsWith("$")) problems.checkExpression(t); });
            item.get("chart").flatMap(c -> c.get("data")).ifPresent(problems::checkExpression);
            out.add(spec);
        }
        return out;
    }
}
