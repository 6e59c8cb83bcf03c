package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.Default;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;

import java.time.Duration;

/** A {@code wait: {topic: ...}} step, as the engine binds it and as its schema describes it; {@code match} null: every record. */
@Doc(value = "Waits for records on a Kafka topic: passes as soon as count matching records arrived, and fails at the timeout "
        + "listing the records it saw. Result: count, records.",
        examples = "{\"topic\": \"billing-events\", \"match\": \"value.customerId == customerId\", \"timeout\": \"30s\"}")
public record WaitTopicConfig(
        @Required @Doc(value = "The topic to read.", shape = "name", examples = "billing-events")
        String topic,
        @Doc(value = "A connection of the environment's kafka section; optional when only one is configured.", shape = "name")
        String cluster,
        @Doc(value = "An expression over each record: key, value (parsed JSON when it is JSON), headers, partition, offset, "
                + "timestamp. Absent: every record matches.", shape = "expression",
                examples = "value.customerId == customerId && value.type == 'FINAL_BILL'")
        String match,
        @Range(min = 1) @Default("1") @Doc(value = "How many matching records to wait for (default 1).", examples = "1")
        int count,
        @Default("scenario-start")
        @Doc("scenario-start (default): records since the scenario started; earliest: the oldest record kept; latest: "
                + "records since this step started.")
        From from,
        @Doc(value = "How long to wait before failing.", shape = "positiveDuration")
        Duration timeout,
        Position clusterPosition) {

    /** Where reading starts. */
    public enum From {
        /** The topic's end when the scenario started: records of earlier runs are ignored, none since are missed. */
        SCENARIO_START,
        /** The oldest record still kept. */
        EARLIEST,
        /** The topic's end when the step starts. */
        LATEST;

        /** As written in YAML: {@code scenario-start}. */
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** The config with a blank {@code match} as none. */
    WaitTopicConfig matchingAll() {
        return match == null || !match.isBlank() ? this
                : new WaitTopicConfig(topic, cluster, null, count, from, timeout, clusterPosition);
    }
}
