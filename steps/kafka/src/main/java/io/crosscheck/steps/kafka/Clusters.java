package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.StepContext;

import java.time.Duration;

/** Finds the run-wide {@link KafkaCluster} of a step: a named entry of the environment's {@code kafka:} section. */
final class Clusters {
    static final String KIND = "kafka";
    /** The section every Kafka step reads. */
    static final EnvironmentSection SECTION = EnvironmentSection.ofConnections(KIND, ClusterConfig.class);

    private Clusters() {
    }

    /** {@code cluster} null (or blank) picks the only configured one. */
    static KafkaCluster of(StepContext ctx, String cluster) throws Exception {
        String name = cluster == null || cluster.isBlank() ? null : ctx.renderText(cluster);
        Duration maxBlock = ctx.timeout();
        return ctx.connection(KIND, name, config ->
                new KafkaCluster(config.name(), ClientProperties.from(config), maxBlock));
    }
}
