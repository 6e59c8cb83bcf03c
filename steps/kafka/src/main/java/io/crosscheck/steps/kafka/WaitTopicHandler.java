package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.ScenarioAware;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepFailedException;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import io.crosscheck.steps.kafka.WaitTopicConfig.From;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code wait: {topic, cluster, match, count, from, timeout}}: reads every partition of the topic (assigned, no
 * consumer group) and passes the moment {@code count} records matching {@code match} have arrived.
 */
public final class WaitTopicHandler implements StepHandler<WaitTopicConfig>, ScenarioAware<WaitTopicConfig> {
    /** How long taking the scenario-start offsets may hold up a scenario; without them the wait falls back to time. */
    static final Duration SNAPSHOT_LIMIT = Duration.ofSeconds(3);

    @Override
    public EnvironmentSection section() {
        return Clusters.SECTION;
    }

    @Override
    public String verb() {
        return "wait";
    }

    @Override
    public String kind() {
        return "topic";
    }

    @Override
    public Parsed<WaitTopicConfig> parse(ConfigNode node, Problems problems) {
        WaitTopicConfig config = read(node, problems);
        return config == null ? null : Parsed.of(config).withTimeout(timeout(config))
                .withConnections(connections(config)).withDescription(describe(config));
    }

    private WaitTopicConfig read(ConfigNode node, Problems problems) {
        WaitTopicConfig config = node.bind(WaitTopicConfig.class, problems);
        if (config == null) return null;
        int before = problems.size();
        ConfigNode topic = node.get("topic").orElseThrow();
        if (topic.text() == null || topic.text().isBlank()) problems.add(topic, "topic must be the name of a topic");
        node.get("match").ifPresent(problems::checkExpression);
        if (config.timeout() != null && (config.timeout().isZero() || config.timeout().isNegative())) {
            ConfigNode timeout = node.get("timeout").orElseThrow();
            problems.add(timeout, "timeout must be more than 0, got " + timeout.text());
        }
        node.get("cluster").filter(c -> c.text() == null || c.text().isBlank())
                .ifPresent(c -> problems.add(c, "cluster must be the name of a connection of the environment's kafka section"));
        return problems.size() > before ? null : config.matchingAll();
    }

    @Override
    public void beforeScenario(WaitTopicConfig config, StepContext ctx) {
        if (config.from() != From.SCENARIO_START) return;
        try {
            String topic = ctx.renderText(config.topic());
            KafkaCluster cluster = Clusters.of(ctx, config.cluster());
            Duration limit = SNAPSHOT_LIMIT;
            if (config.timeout() != null && config.timeout().compareTo(limit) < 0) limit = config.timeout();
            StartOffsets.snapshot(cluster, topic, ctx.scenarioState(), ctx.scenario().startedAt(), limit);
        } catch (Exception e) {
            // the topic may depend on values saved later, not exist yet, or the broker may be down: the step then
            // starts from the first record stamped at or after the scenario's start, and reports any real trouble
        }
    }

    @Override
    public StepResult execute(WaitTopicConfig config, StepContext ctx) throws Exception {
        Instant started = Instant.now();
        // the engine gives this step its own timeout when the step has no common timeout key; with both, the shorter
        Instant deadline = ctx.deadline();
        if (config.timeout() != null && started.plus(config.timeout()).isBefore(deadline)) deadline = started.plus(config.timeout());
        String topic = ctx.renderText(config.topic());
        KafkaCluster cluster = Clusters.of(ctx, config.cluster());
        List<TopicPartition> partitions = cluster.partitions(topic, deadline);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("cluster", cluster.name());
        request.put("topic", topic);
        if (config.match() != null) request.put("match", config.match());
        request.put("count", config.count());
        request.put("from", config.from().text());
        KafkaConsumer<byte[], byte[]> consumer = cluster.borrowConsumer();
        boolean healthy = false;
        try {
            consumer.assign(partitions);
            Map<Integer, Long> start = StartOffsets.seek(cluster, consumer, partitions, config.from(),
                    ctx.scenarioState(), ctx.scenario().startedAt(), deadline);
            request.put("startOffsets", stringKeys(start));
            TopicWatch watch = new TopicWatch(ctx, config.match(), config.count());
            Liveness liveness = new Liveness(consumer);
            List<Map<String, Object>> records = watch.await(consumer, liveness, deadline);
            healthy = true;
            if (records == null) {
                Duration silence = liveness.silence();
                // no record may be the system's fault, but only if the cluster was there to deliver one
                if (silence.compareTo(cluster.silenceLimit()) >= 0) {
                    throw cluster.notAnswering("no reply for the last " + Durations.format(silence) + " of the wait on topic '"
                            + topic + "' (" + watch.progress() + ")", null);
                }
                throw watch.timedOut(topic, config.from().text(), Duration.between(started, deadline), request);
            }
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("count", records.size());
            value.put("records", records);
            return new StepResult(value, request);
        } catch (StepFailedException e) {
            healthy = true;
            throw e;
        } finally {
            cluster.release(consumer, healthy);
        }
    }

    /** The step's own limit, used when the step has no common {@code timeout} key. */
    private Duration timeout(WaitTopicConfig config) {
        return config.timeout();
    }

    List<ConnectionRef> connections(WaitTopicConfig config) {
        return List.of(new ConnectionRef(Clusters.KIND, config.cluster(), config.clusterPosition()));
    }

    private String describe(WaitTopicConfig config) {
        return config.topic();
    }

    private static Map<String, Object> stringKeys(Map<Integer, Long> offsets) {
        Map<String, Object> out = new LinkedHashMap<>();
        offsets.forEach((p, o) -> out.put(String.valueOf(p), o));
        return out;
    }
}
