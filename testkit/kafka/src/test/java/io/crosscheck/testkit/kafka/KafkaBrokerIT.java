package io.crosscheck.testkit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(KafkaBrokerExtension.class)
class KafkaBrokerIT {

    @Test
    void brokerListensOnLoopbackAndAnswers(KafkaBroker broker) throws Exception {
        assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
        assertThat(broker.admin().describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
        assertThat(broker.startTime()).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void createdTopicCarriesRecordsFromProducerToConsumer(KafkaBroker broker) throws Exception {
        broker.createTopic("testkit-roundtrip", 3);
        broker.createTopic("testkit-roundtrip", 3); // idempotent
        assertThat(broker.admin().describeTopics(List.of("testkit-roundtrip")).allTopicNames().get()
                .get("testkit-roundtrip").partitions()).hasSize(3);

        Map<String, Object> common = Map.of("bootstrap.servers", broker.bootstrapServers());
        RecordMetadata sent;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(common, new StringSerializer(), new StringSerializer())) {
            sent = producer.send(new ProducerRecord<>("testkit-roundtrip", 1, "k", "hello")).get(10, TimeUnit.SECONDS);
        }
        assertThat(sent.partition()).isEqualTo(1);

        List<ConsumerRecord<String, String>> got = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(common, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition("testkit-roundtrip", 1);
            consumer.assign(Set.of(tp));
            consumer.seekToBeginning(Set.of(tp));
            long deadline = System.currentTimeMillis() + 10_000;
            while (got.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(got::add);
            }
        }
        assertThat(got).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("k");
            assertThat(r.value()).isEqualTo("hello");
        });
    }
}
