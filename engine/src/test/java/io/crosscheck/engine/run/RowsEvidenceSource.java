package io.crosscheck.engine.run;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An evidence kind of the tests, registered as a plugin's would be: {@code rows: {rows: [...], sleep: 2s, fail: why}}
 * gives the listed rows, rendered in the scenario's scope, after sleeping, or fails with the reason.
 * {@link #reads} counts the reads, to show that passed scenarios read nothing.
 */
public final class RowsEvidenceSource implements EvidenceSource<RowsEvidenceSource.Config> {
    static final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();

    public record Config(List<Object> rows, Duration sleep, String fail) {
    }

    @Override
    public String kind() {
        return "rows";
    }

    @Override
    public Config parse(ConfigNode node, Problems problems) {
        return node.bind(Config.class, problems);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> read(Config config, StepContext ctx, int limit) throws Exception {
        reads.incrementAndGet();
        if (config.sleep() != null) Thread.sleep(Durations.millis(config.sleep()));
        if (config.fail() != null) throw new IllegalStateException(config.fail());
        List<Object> rows = config.rows() == null ? List.of() : config.rows();
        return (List<Map<String, Object>>) ctx.render(rows);
    }
}
