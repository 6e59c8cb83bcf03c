package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import java.util.List;
import java.util.Map;

/**
 * {@code evidence: [{ kafka: {cluster, topic, from, match}, fields }]}: the records of a topic that match, read as a
 * {@code wait: {topic: ...}} step would see them ({@code from: scenario-start} by default; {@code match} over
 * {@code key}, {@code value}, {@code headers}, {@code timestamp}), up to the topic's end when the source is read.
 */
public final class KafkaEvidenceSource implements EvidenceSource<WaitTopicConfig> {
    private final WaitTopicHandler step = new WaitTopicHandler();

    @Override
    public String kind() {
        return Clusters.KIND;
    }

    @Override
    public WaitTopicConfig parse(ConfigNode node, Problems problems) {
        Parsed<WaitTopicConfig> parsed = step.parse(node, problems);
        return parsed == null ? null : parsed.config();
    }

    @Override
    public List<Map<String, Object>> read(WaitTopicConfig config, StepContext ctx, int limit) throws Exception {
        return TopicReader.read(config, ctx, limit);
    }

    @Override
    public List<ConnectionRef> connections(WaitTopicConfig config) {
        return step.connections(config);
    }
}
