package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepFailedException;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code produce: {topic, cluster, key, value, headers, partition, repeat}}: sends records with acks=all on the
 * cluster's shared producer and passes once every record is acknowledged.
 */
public final class ProduceHandler implements StepHandler<ProduceConfig> {

    @Override
    public EnvironmentSection section() {
        return Clusters.SECTION;
    }

    @Override
    public String verb() {
        return "produce";
    }

    @Override
    public Parsed<ProduceConfig> parse(ConfigNode node, Problems problems) {
        ProduceConfig config = read(node, problems);
        return config == null ? null : Parsed.of(config).withConnections(connections(config)).withDescription(describe(config));
    }

    private ProduceConfig read(ConfigNode node, Problems problems) {
        ProduceConfig config = node.bind(ProduceConfig.class, problems);
        if (config == null) return null;
        int before = problems.size();
        ConfigNode topic = node.get("topic").orElseThrow();
        if (topic.text() == null || topic.text().isBlank()) problems.add(topic, "topic must be the name of a topic");
        node.get("cluster").filter(c -> c.text() == null || c.text().isBlank())
                .ifPresent(c -> problems.add(c, "cluster must be the name of a connection of the environment's kafka section"));
        return problems.size() > before ? null : config;
    }

    @Override
    public StepResult execute(ProduceConfig config, StepContext ctx) throws Exception {
        Instant deadline = ctx.deadline();
        String topic = ctx.renderText(config.topic());
        int count = config.repeat() == null ? 1 : WholeNumbers.read(ctx.render(config.repeat()), "repeat");
        if (count < 0) throw new StepFailedException("repeat must be 0 or more, got " + count);
        KafkaCluster cluster = Clusters.of(ctx, config.cluster());
        int partitions = cluster.partitions(topic, deadline).size();
        RecordTemplate template = new RecordTemplate(ctx, topic, config);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("cluster", cluster.name());
        if (count > 0) request.putAll(template.describe(0));
        else request.put("topic", topic);
        if (config.repeat() != null) request.put("repeat", count);
        Map<String, Object> value;
        try {
            value = new RecordSender(cluster, topic).send(template, count, partitions, deadline);
        } catch (IllegalArgumentException e) {
            throw new StepFailedException(e.getMessage());
        }
        return new StepResult(value, request);
    }

    List<ConnectionRef> connections(ProduceConfig config) {
        return List.of(new ConnectionRef(Clusters.KIND, config.cluster(), config.clusterPosition()));
    }

    private String describe(ProduceConfig config) {
        return config.topic();
    }
}
