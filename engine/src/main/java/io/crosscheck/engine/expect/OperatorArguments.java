package io.crosscheck.engine.expect;

import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Suggestions;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks the argument of each operator: a regex that compiles, a known type name, a number for size, ... */
final class OperatorArguments {
    private final ExpressionEngine engine;
    private final SchemaCheck schemas = new SchemaCheck();

    OperatorArguments(ExpressionEngine engine) {
        this.engine = engine;
    }

    void check(Operator op, ConfigNode arg, Problems problems) {
        if (isTemplate(arg)) {
            engine.templateError(arg.text()).ifPresent(p -> problems.add(arg, "bad template: " + p));
            return;
        }
        switch (op) {
            case EQ, NE, CONTAINS -> templates(arg, problems);
            case GT, GTE, LT, LTE -> {
                if (!arg.isScalar() || arg.value() == null) problems.add(arg, op.key + " compares with a number or a text", "e.g. " + op.key + ": 0");
            }
            case MATCHES -> regex(arg, problems);
            case EXISTS -> {
                if (!(arg.value() instanceof Boolean)) problems.add(arg, "exists takes true or false", "e.g. exists: true");
            }
            case SIZE -> size(arg, problems);
            case TYPE -> type(arg, problems);
            case ONE_OF -> {
                if (!arg.isList()) problems.add(arg, "oneOf takes a list of values", "e.g. oneOf: [NEW, ISSUED]");
                else templates(arg, problems);
            }
            case SCHEMA -> schema(arg, problems);
        }
    }

    private void regex(ConfigNode arg, Problems problems) {
        if (!arg.isScalar()) {
            problems.add(arg, "matches takes a regular expression", "e.g. matches: '^[A-Z]{3}-\\d+$'");
            return;
        }
        try {
            Pattern.compile(arg.text());
        } catch (PatternSyntaxException e) {
            problems.add(arg, "bad regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    private void size(ConfigNode arg, Problems problems) {
        if (arg.isMap()) {
            for (Map.Entry<String, ConfigNode> e : arg.entries().entrySet()) {
                if (!Operator.SIZE_NAMES.contains(e.getKey())) {
                    problems.add(arg.keyPosition(e.getKey()), "size takes a number or one of " + String.join(", ", Operator.SIZE_NAMES)
                            + ", not '" + e.getKey() + "'", Suggestions.hint(e.getKey(), Operator.SIZE_NAMES));
                } else if (e.getKey().equals("oneOf")) {
                    if (!e.getValue().isList()) problems.add(e.getValue(), "oneOf takes a list of sizes", "e.g. oneOf: [0, 1]");
                } else if (!isTemplate(e.getValue()) && !(e.getValue().value() instanceof Number)) {
                    problems.add(e.getValue(), "size " + e.getKey() + " takes a number", "e.g. size: {" + e.getKey() + ": 0}");
                }
            }
        } else if (!(arg.value() instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() != Math.floor(n.doubleValue())) {
            problems.add(arg, "size takes a whole number or an operator map", "e.g. size: 3 or size: {gt: 0}");
        }
    }

    private void type(ConfigNode arg, Problems problems) {
        String name = arg.isScalar() ? arg.text() : null;
        if (name == null || !Operator.TYPES.contains(name)) {
            String hint = name == null ? "" : Suggestions.hint(name, Operator.TYPES);
            problems.add(arg, "type is one of " + String.join("|", Operator.TYPES),
                    (hint.isEmpty() ? "" : hint + "; ") + "to compare with a literal map that has a 'type' key, write eq: {type: ...}");
        }
    }

    private void schema(ConfigNode arg, Problems problems) {
        if (arg.isMap() || (arg.isScalar() && !arg.text().isBlank())) {
            // a file is relative to the scenario's folder; positions name files as the working folder sees them
            Path scenarioDir = Path.of(arg.position().file()).toAbsolutePath().getParent();
            String problem = schemas.problem(arg.value(), scenarioDir);
            if (problem != null) problems.add(arg, problem);
        } else {
            problems.add(arg, "schema takes an inline schema or the name of a JSON Schema file", "e.g. schema: schemas/customer.json");
        }
    }

    void templates(ConfigNode node, Problems problems) {
        switch (node.kind()) {
            case SCALAR -> engine.templateError(node.text()).ifPresent(p -> problems.add(node, "bad template: " + p));
            case MAP -> node.entries().values().forEach(v -> templates(v, problems));
            case LIST -> node.items().forEach(v -> templates(v, problems));
            default -> {
            }
        }
    }

    private static boolean isTemplate(ConfigNode node) {
        return node.isScalar() && node.text() != null && node.text().contains("${");
    }
}
