package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.ConnectionConfig;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Turns a cluster's entry of the environment's {@code kafka:} section ({@link ClusterConfig}) into client properties.
 * Every key is passed through to the producer and the consumer (SASL and SSL included); the maps {@code producer:}
 * and {@code consumer:} hold settings for one client only. A list value becomes comma-separated text.
 */
record ClientProperties(Properties common, Properties producer, Properties consumer) {
    static ClientProperties from(ConnectionConfig config) {
        String cluster = config.name();
        ClusterConfig c = config.bind(ClusterConfig.class);
        Properties common = new Properties();
        Properties producer = new Properties();
        Properties consumer = new Properties();
        if (c.bootstrapServers() == null) {
            throw new IllegalArgumentException("Kafka cluster '" + cluster + "' has no bootstrap.servers in crosscheck.yaml");
        }
        common.setProperty("bootstrap.servers", text(cluster, "bootstrap.servers", c.bootstrapServers()));
        c.properties().forEach((key, value) -> common.setProperty(key, text(cluster, key, value)));
        c.producer().forEach((key, value) -> producer.setProperty(key, text(cluster, key, value)));
        c.consumer().forEach((key, value) -> consumer.setProperty(key, text(cluster, key, value)));
        return new ClientProperties(common, producer, consumer);
    }

    /** The broker addresses, for messages. */
    String bootstrapServers() {
        return common.getProperty("bootstrap.servers");
    }

    /** Defaults, then the common settings, then the client's own. */
    Properties forClient(Properties defaults, Properties own) {
        Properties p = new Properties();
        p.putAll(defaults);
        p.putAll(common);
        p.putAll(own);
        return p;
    }

    private static String text(String cluster, String key, Object value) {
        if (value instanceof Collection<?> list) return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (value instanceof Map<?, ?>) {
            throw new IllegalArgumentException("Kafka cluster '" + cluster + "': property '" + key
                    + "' must be a value, not a map (only 'producer' and 'consumer' hold maps)");
        }
        return value == null ? "" : String.valueOf(value);
    }
}
