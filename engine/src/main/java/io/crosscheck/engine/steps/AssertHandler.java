package io.crosscheck.engine.steps;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code assert: [expr, ...]}: each line must be true; each is reported on its own. */
public final class AssertHandler implements StepHandler<AssertHandler.Config> {

    /** The expressions, in order. */
    public record Config(List<String> lines) {
    }

    @Override
    public String verb() {
        return "assert";
    }

    @Override
    public Parsed<Config> parse(ConfigNode node, Problems problems) {
        Config config = read(node, problems);
        return config == null ? null : Parsed.of(config).withDescription(describe(config));
    }

    private Config read(ConfigNode node, Problems problems) {
        List<ConfigNode> items = node.isList() ? node.items() : List.of(node);
        if (items.isEmpty()) problems.add(node, "assert needs at least one expression");
        List<String> lines = new ArrayList<>();
        for (ConfigNode item : items) {
            if (!item.isScalar()) {
                problems.add(item, "an assert line must be an expression such as count > 0");
                continue;
            }
            problems.checkExpression(item);
            lines.add(item.text());
        }
        return new Config(lines);
    }

    @Override
    public StepResult execute(Config config, StepContext ctx) {
        var checks = ctx.checkExpressions(config.lines());
        long passed = checks.stream().filter(c -> c.passed()).count();
        return new StepResult(Map.of("passed", passed, "failed", checks.size() - passed), Map.of(), checks);
    }

    private String describe(Config config) {
        return config.lines().size() == 1 ? config.lines().get(0) : config.lines().size() + " lines";
    }
}
