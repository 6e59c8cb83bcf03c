package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Key;
import io.crosscheck.engine.spi.step.OtherKeys;
import java.util.Map;

/**
 * One cluster of the environment's {@code kafka:} section as crosscheck.yaml writes it: the module's build writes the
 * section's schema from this record, and {@link ClientProperties} binds each cluster onto it.
 */
@Doc(title = "a Kafka cluster",
        value = "kafka-clients properties of one cluster: every key goes to the producer and the consumer; producer: and"
                + " consumer: hold settings of one client only.",
        examples = "{\"bootstrap.servers\": \"127.0.0.1:9092\", \"security.protocol\": \"PLAINTEXT\"}")
record ClusterConfig(
        @Key("bootstrap.servers")
        @Doc(value = "host:port list of brokers (a list becomes comma-separated text).", examples = "127.0.0.1:9092")
        Object bootstrapServers,
        @Doc(value = "kafka-clients properties of the producer only.", examples = "{\"linger.ms\": 5}")
        Map<String, Object> producer,
        @Doc(value = "kafka-clients properties of the consumer only.", examples = "{\"max.poll.records\": 2000}")
        Map<String, Object> consumer,
        @OtherKeys
        @Doc("A kafka-clients property (security.protocol, sasl.jaas.config, ...); a list becomes comma-separated text.")
        Map<String, Object> properties) {
}
