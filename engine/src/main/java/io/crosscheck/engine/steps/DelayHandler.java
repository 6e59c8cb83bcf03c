package io.crosscheck.engine.steps;

import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Key;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Required;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import java.time.Duration;
import java.util.Map;

/** {@code wait: {for: 2s}}: a plain delay; its schema fragment is generated from {@link Config} like a plugin's. */
public final class DelayHandler implements StepHandler<DelayHandler.Config> {

    @Doc("A plain delay, e.g. 2s.")
    public record Config(@Required @Key("for") @Doc(value = "How long to pause.", examples = {"2s", "500ms"}) Duration duration) {
    }

    @Override
    public String verb() {
        return "wait";
    }

    @Override
    public String kind() {
        return "for";
    }

    @Override
    public Parsed<Config> parse(ConfigNode node, Problems problems) {
        Config config = read(node, problems);
        return config == null ? null : Parsed.of(config).withTimeout(timeout(config)).withDescription(describe(config));
    }

    private Config read(ConfigNode node, Problems problems) {
        return node.bind(Config.class, problems);
    }

    @Override
    public StepResult execute(Config config, StepContext ctx) throws InterruptedException {
        Thread.sleep(config.duration().toMillis());
        return StepResult.of(Map.of("waitedMs", config.duration().toMillis()));
    }

    private Duration timeout(Config config) {
        return config.duration().plusSeconds(5);
    }

    private String describe(Config config) {
        return "for " + Durations.format(config.duration());
    }
}
