package io.crosscheck.steps.kafka;

import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a cluster's entry of the environment's {@code kafka:} section into client properties. Every key is passed
 * through to the producer and the consumer (SASL and SSL included); the maps {@code producer:} and
 * {@code consumer:} hold settings for one client only. A list value becomes comma-separated text.
 */
record ClientProperties(Properties common, Properties producer, Properties consumer) {
    static final Set<String> CLIENT_SECTIONS = Set.of("producer", "consumer");

    static ClientProperties from(String cluster, Map<String, Object> config) {
        Properties common = new Properties();
        Properties producer = new Properties();
        Properties consumer = new Properties();
        config.forEach((key, value) -> {
            if (CLIENT_SECTIONS.contains(key) && value instanceof Map<?, ?> section) {
                Properties target = key.equals("producer") ? producer : consumer;
                section.forEach((k, v) -> target.setProperty(String.valueOf(k), text(cluster, k + "", v)));
            } else {
                common.setProperty(key, text(cluster, key, value));
            }
        });
        if (!common.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("Kafka cluster '" + cluster + "' has no bootstrap.servers in crosscheck.yaml");
        }
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
