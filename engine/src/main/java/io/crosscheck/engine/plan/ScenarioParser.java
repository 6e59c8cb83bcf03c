package io.crosscheck.engine.plan;

import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses one scenario document (spec §1) into the model; every problem keeps its position. */
final class ScenarioParser {
    private static final List<String> KEYS = List.of("scenario", "description", "tags", "vars", "setup", "steps",
            "teardown", "examples");

    private final StepParser steps;
    private final ExpressionEngine expressions;
    private final Examples examples;
    private final ScenarioNames names;

    ScenarioParser(StepParser steps, ExpressionEngine expressions, io.crosscheck.engine.load.SourceFiles sources) {
        this.steps = steps;
        this.expressions = expressions;
        this.examples = new Examples(sources);
        this.names = new ScenarioNames(expressions);
    }

    /**
     * Whether the document is (meant as) a scenario: a map with {@code scenario:}, or with another key of a scenario
     * (then its name is reported missing). Anything else among the scenario files, such as a file of variables, is a
     * problem saying how to leave it out. A fragment ({@code fragment:}) is no scenario and no problem.
     */
    static boolean isScenario(ConfigNode doc, String excludeHint, Problems problems) {
        if (!doc.isMap()) return true; // parse reports its shape
        if (doc.entries().containsKey("scenario")) return true;
        if (doc.entries().containsKey("fragment")) return false;
        if (doc.entries().keySet().stream().anyMatch(KEYS::contains)) return true;
        problems.add(doc, "neither a scenario (scenario:) nor a fragment (fragment:)", excludeHint);
        return false;
    }

    Scenario parse(ConfigNode doc, Path file, Problems problems) {
        if (!doc.isMap()) {
            problems.add(doc, "a scenario must be a map with 'scenario' and 'steps'");
            return null;
        }
        for (String key : doc.entries().keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(doc.keyPosition(key), "unknown key '" + key + "' in scenario",
                        io.crosscheck.engine.expr.Suggestions.closest(key, KEYS).map(s -> "did you mean '" + s + "'?")
                                .orElse("known keys: " + String.join(", ", KEYS)));
            }
        }
        String name = doc.get("scenario").filter(ConfigNode::isScalar).map(ConfigNode::text).orElse(null);
        if (name == null) problems.add(doc, "missing key 'scenario' (the scenario's name)");
        else if (name.isBlank()) problems.add(doc.entries().get("scenario"), "the scenario's name is empty", "name what it checks");
        if (doc.get("steps").isEmpty()) problems.add(doc, "missing key 'steps'");
        String description = doc.get("description").map(ConfigNode::text).orElse("");
        List<String> tags = new ArrayList<>();
        doc.get("tags").ifPresent(t -> {
            if (t.isScalar() && !(t.value() instanceof String)) {
                // `tags: 42` is most likely a slip for a list; a lone tag is a word
                problems.add(t, "tags must be a list such as [smoke, billing] or one tag as text");
                return;
            }
            for (ConfigNode tag : t.isList() ? t.items() : List.of(t)) {
                if (tag.isScalar()) tags.add(tag.text());
                else problems.add(tag, "a tag must be text");
            }
        });
        Map<String, Object> vars = new LinkedHashMap<>();
        doc.get("vars").ifPresent(v -> {
            if (!v.isMap()) {
                problems.add(v, "vars must be a map of NAME: VALUE");
                return;
            }
            v.entries().forEach((k, val) -> {
                checkTemplates(val, problems);
                vars.put(k, val.value());
            });
        });
        List<Map<String, Object>> rows = doc.get("examples").map(e -> examples.read(e, file, vars.keySet(), problems))
                .orElse(List.of());
        var rendered = name == null ? null : names.render(doc.entries().get("scenario"), name, vars, rows, problems);
        Scenario scenario = new Scenario(rendered == null ? null : rendered.name(), description, tags,
                doc.keyPosition("scenario"), file, vars,
                stepList(doc, "setup", Phase.SETUP, file, problems),
                stepList(doc, "steps", Phase.STEP, file, problems),
                stepList(doc, "teardown", Phase.TEARDOWN, file, problems),
                rows, rendered == null ? Map.of() : rendered.rowNames());
        return name == null ? null : scenario;
    }

    private List<Step> stepList(ConfigNode doc, String key, Phase phase, Path file, Problems problems) {
        return steps.parseList(doc, key, phase, file, this::checkTemplates, problems);
    }

    /** Every ${...} in every text of the node must parse; the error points at the text that holds it. */
    void checkTemplates(ConfigNode node, Problems problems) {
        switch (node.kind()) {
            case SCALAR -> {
                if (node.text().contains("${")) {
                    expressions.templateError(node.text()).ifPresent(e -> problems.add(node, "bad expression: " + e));
                }
            }
            case MAP -> node.entries().values().forEach(n -> checkTemplates(n, problems));
            case LIST -> node.items().forEach(n -> checkTemplates(n, problems));
            default -> { }
        }
    }
}
