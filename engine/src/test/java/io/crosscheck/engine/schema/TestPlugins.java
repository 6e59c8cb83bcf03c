package io.crosscheck.engine.schema;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import java.util.Map;

/**
 * Plugin verbs as a third-party jar would add them: {@code echo} ships {@code echo.schema.json}, {@code wait: {signal}}
 * ships {@code wait.signal.schema.json} (both under test resources), {@code ping} ships no schema.
 */
final class TestPlugins {
    private TestPlugins() {
    }

    /** Answers with the node's value; enough to be a real handler of the SPI. */
    abstract static class Plugin implements StepHandler<Object> {
        @Override
        public Parsed<Object> parse(ConfigNode node, Problems problems) {
            return node.value() == null ? null : Parsed.of(node.value());
        }

        @Override
        public StepResult execute(Object config, StepContext ctx) {
            return StepResult.of(Map.of("echo", String.valueOf(ctx.render(config))));
        }
    }

    static final class Echo extends Plugin {
        @Override
        public String verb() {
            return "echo";
        }
    }

    static final class Ping extends Plugin {
        @Override
        public String verb() {
            return "ping";
        }
    }

    static final class Signal extends Plugin {
        @Override
        public String verb() {
            return "wait";
        }

        @Override
        public String kind() {
            return "signal";
        }
    }
}
