package io.crosscheck.engine.expect;

import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.ParseCache;
import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Checks an {@code expect} node before anything runs: paths, matcher names, operator arguments, {@code that:}. */
final class ExpectValidator {
    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();
    private final ExpressionEngine engine;
    private final OperatorArguments arguments;
    /** A suite's steps check the same few paths: each text is checked once. */
    private final ParseCache<Optional<String>> pathProblems = new ParseCache<>();

    ExpectValidator(ExpressionEngine engine) {
        this.engine = engine;
        this.arguments = new OperatorArguments(engine);
    }

    void validate(ConfigNode expect, Problems problems) {
        if (!expect.isMap()) {
            problems.add(expect, "expect must be a map of PATH: MATCHER", "e.g. status: 200");
            return;
        }
        for (Map.Entry<String, ConfigNode> e : expect.entries().entrySet()) {
            String path = e.getKey();
            if (Assertions.MATCHER.equals(path)) {
                that(e.getValue(), problems);
                continue;
            }
            pathProblem(path).ifPresent(p -> problems.add(expect.keyPosition(path), "bad path '" + path + "': " + p));
            matcher(e.getValue(), problems);
        }
    }

    private Optional<String> pathProblem(String path) {
        return pathProblems.get(path, this::checkPath);
    }

    private Optional<String> checkPath(String path) {
        String p = path.trim();
        if (p.isEmpty()) return Optional.of("empty path");
        if (p.startsWith("$")) {
            try {
                com.jayway.jsonpath.JsonPath.compile(p);
                return Optional.empty();
            } catch (com.jayway.jsonpath.InvalidPathException ex) {
                return Optional.of(String.valueOf(ex.getMessage()));
            }
        }
        return engine.syntaxError(p);
    }

    private void that(ConfigNode node, Problems problems) {
        if (node.isScalar()) {
            expression(node, problems);
        } else if (node.isList()) {
            for (ConfigNode item : node.items()) {
                if (item.isScalar()) expression(item, problems);
                else problems.add(item, "that: takes expressions, one per line", "e.g. - body.total == sum(body.items, 'price')");
            }
        } else {
            problems.add(node, "that: takes a list of expressions", "e.g. that: [ count > 0 ]");
        }
    }

    private void expression(ConfigNode node, Problems problems) {
        engine.syntaxError(Assertions.unwrap(node.text())).ifPresent(p -> problems.add(node, "bad expression: " + p));
    }

    /** A literal (templates checked), or an operator map whose arguments are checked. */
    private void matcher(ConfigNode node, Problems problems) {
        if (!node.isMap()) {
            templates(node, problems);
            return;
        }
        Map<String, ConfigNode> entries = node.entries();
        if (Operator.isOperatorMap(entries)) {
            entries.forEach((name, arg) -> arguments.check(Operator.named(name).orElseThrow(), arg, problems));
            return;
        }
        if (looksLikeOperators(entries)) {
            for (String key : entries.keySet()) {
                if (Operator.named(key).isPresent()) continue;
                Position at = node.keyPosition(key);
                problems.add(at, "unknown matcher '" + key + "'", Suggestions.hint(key, Operator.NAMES)
                        + " matchers: " + String.join(", ", Operator.NAMES) + "; for a literal map write eq: {...}");
            }
            return;
        }
        templates(node, problems);
    }

    /**
     * Every key is an operator or one edit away from one ({@code gtt}, {@code exist}, {@code oneof}): a misspelt
     * operator map rather than a literal map such as {@code {name: Ann}}.
     */
    private static boolean looksLikeOperators(Map<String, ConfigNode> entries) {
        return entries.keySet().stream().allMatch(k -> Operator.named(k).isPresent() || nearMiss(k));
    }

    /** A typo of an operator; keys of two letters or fewer are too short to tell a typo from a field name. */
    private static boolean nearMiss(String key) {
        return key.length() > 2 && Operator.NAMES.stream().anyMatch(op -> op.equalsIgnoreCase(key) || EDITS.apply(op, key) <= 1);
    }

    private void templates(ConfigNode node, Problems problems) {
        arguments.templates(node, problems);
    }
}
