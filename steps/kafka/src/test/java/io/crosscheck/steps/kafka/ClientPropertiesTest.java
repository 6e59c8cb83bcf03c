package io.crosscheck.steps.kafka;

import io.crosscheck.steps.testkit.FakeStepContext;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientPropertiesTest {

    private static ClientProperties from(String cluster, Map<String, Object> properties) {
        return ClientProperties.from(FakeStepContext.connectionConfig("kafka", cluster, properties));
    }

    @Test
    void everyPropertyIsPassedThroughAndClientSectionsApplyToOneClientOnly() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("bootstrap.servers", List.of("b1:9093", "b2:9093"));
        config.put("security.protocol", "SASL_SSL");
        config.put("request.timeout.ms", 5000);
        config.put("producer", Map.of("linger.ms", 5, "acks", 1));
        config.put("consumer", Map.of("max.poll.records", 2000));
        ClientProperties p = from("main", config);

        assertThat(p.bootstrapServers()).isEqualTo("b1:9093,b2:9093");
        Properties defaults = new Properties();
        defaults.setProperty("acks", "all");
        defaults.setProperty("linger.ms", "0");
        Properties producer = p.forClient(defaults, p.producer());
        assertThat(producer).containsEntry("acks", "1").containsEntry("linger.ms", "5")
                .containsEntry("security.protocol", "SASL_SSL").containsEntry("request.timeout.ms", "5000")
                .doesNotContainKey("max.poll.records").doesNotContainKey("producer");
        Properties consumer = p.forClient(new Properties(), p.consumer());
        assertThat(consumer).containsEntry("max.poll.records", "2000").doesNotContainKey("linger.ms");
    }

    @Test
    void aClusterWithoutBootstrapServersIsRefusedByName() {
        assertThatThrownBy(() -> from("audit", Map.of("security.protocol", "SSL")))
                .hasMessage("Kafka cluster 'audit' has no bootstrap.servers in crosscheck.yaml");
    }

    @Test
    void aNestedMapOutsideTheClientSectionsIsRefused() {
        assertThatThrownBy(() -> from("main", Map.of("bootstrap.servers", "x:1", "ssl", Map.of("a", 1))))
                .hasMessageContaining("property 'ssl' must be a value");
    }

    @Test
    void onlyTextWithDollarBraceIsATemplate() {
        assertThat(RecordTemplate.hasTemplate("plain")).isFalse();
        assertThat(RecordTemplate.hasTemplate(Map.of("a", List.of(1, "x")))).isFalse();
        assertThat(RecordTemplate.hasTemplate(Map.of("a", List.of(1, "${index}")))).isTrue();
        assertThat(RecordTemplate.hasTemplate(Map.of("${k}", 1))).isTrue();
        assertThat(RecordTemplate.hasTemplate(42)).isFalse();
    }
}
